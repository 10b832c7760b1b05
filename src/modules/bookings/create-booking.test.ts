import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AppError } from '../../kernel/errors.ts';
import type { MailPayload } from '../../kernel/notify/mail.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { listConsents } from '../policies/index.ts';
import { bookingQueues } from './bookings.workers.ts';
import { createBooking } from './create-booking.ts';
import { findFreeSlots } from './find-free-slots.ts';
import { type BookingFixture, bookingInput, createBookingFixture } from './testing.ts';

// The clock stands on Tuesday 2026-12-01 10:00 JST. Wednesday 09:00 JST = 2026-12-02T00:00Z.
const WED_0900 = '2026-12-02T00:00:00.000Z';
let ctx: TestContext;
let f: BookingFixture;

beforeEach(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
  f = await createBookingFixture(ctx, { counsellors: 2 });
});
afterEach(async () => {
  await ctx.close();
});

async function counts() {
  const row = await sql<{ bookings: number; consents: number; outbox: number; audit: number }>`
    SELECT (SELECT count(*)::int FROM bookings) AS bookings,
           (SELECT count(*)::int FROM consents) AS consents,
           (SELECT count(*)::int FROM outbox) AS outbox,
           (SELECT count(*)::int FROM audit_log WHERE event LIKE 'booking.%') AS audit`.execute(ctx.db);
  return row.rows[0]!;
}

async function failure(input: Record<string, unknown>, lang: 'ja' | 'en' = 'ja') {
  const before = await counts();
  const error = (await createBooking(ctx, { tenantId: f.tenantId, input, channel: 'web' }).catch(
    (e) => e,
  )) as AppError;
  expect(error.name).toBe('AppError');
  expect(await counts()).toEqual(before);
  return { error, message: error.userMessage[lang], fields: error.issues.map((i) => i.field) };
}

describe('creating a booking', () => {
  test('BOOK-ELIGIBLE: a booking goes to the free counsellor with the fewest sessions that day', async () => {
    const book = async (startsAt: string, number: string) =>
      (
        await createBooking(ctx, {
          tenantId: f.tenantId,
          input: bookingInput(f, startsAt, { jobSeekerNumber: number }),
          channel: 'web',
        })
      ).booking.counsellor_id;
    const first = await book(WED_0900, f.numbers[0]!);
    const second = await book('2026-12-02T00:30:00Z', f.numbers[1]!); // 09:30: the other one is less busy
    expect(second).not.toBe(first);
    const third = await book('2026-12-02T01:00:00Z', f.numbers[2]!); // 10:00: one each, so by id again
    expect(third).toBe(first);
    // Another day counts afresh: Wednesday's two sessions do not push Thursday's first one away.
    const thursday = await book('2026-12-03T00:00:00Z', f.numbers[0]!);
    expect(thursday).toBe(first);
    const sessions = await ctx.db
      .selectFrom('bookings')
      .select(['counsellor_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', f.tenantId)
      .where('starts_at', '<', new Date('2026-12-03T00:00:00Z'))
      .groupBy('counsellor_id')
      .execute();
    expect(sessions.map((s) => Number(s.n)).sort()).toEqual([1, 2]);
  });

  test("BOOK-DEADLINE: the booked day and weekday are the tenant's own, not UTC's", async () => {
    const zoned = await createBookingFixture(ctx, { tenantId: 'hw-auckland' });
    await sql`UPDATE tenants SET time_zone = 'Pacific/Auckland' WHERE id = 'hw-auckland'`.execute(ctx.db);
    // Monday 7 Dec 09:00 in Auckland (UTC+13) is still Sunday in UTC, when no counsellor works.
    const { booking } = await createBooking(ctx, {
      tenantId: zoned.tenantId,
      input: bookingInput(zoned, '2026-12-06T20:00:00Z'),
      channel: 'web',
    });
    expect(booking.starts_at.toISOString()).toBe('2026-12-06T20:00:00.000Z');
  });

  test('BOOK-FIELDS: name, number, date-time and e-mail make a booking; consent, audit and invitation go with it', async () => {
    const { booking } = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, WED_0900),
      channel: 'web',
    });
    expect(booking.status).toBe('booked');
    expect(booking.starts_at.toISOString()).toBe(WED_0900);
    expect(booking.name).toBe('山田 花子');
    expect(booking.email).toBe('hanako@example.jp');
    // POL-CONSENT-DEEMED: the booking is the consent, with the version in force.
    const consents = await listConsents(ctx.db, { tenantId: f.tenantId });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ kind: 'deemed', act: 'booking.created', channel: 'web' });
    expect(booking.policy_version_id).toBe(consents[0]!.version_id);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event', '=', 'booking.created')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.policy_version_id).toBe(booking.policy_version_id);
    const mail = await ctx.db.selectFrom('outbox').selectAll().execute();
    expect(mail.map((m) => m.delivery_key)).toEqual([`booking-invitation:${booking.id}`]);
  });

  test('BOOK-LENGTH: the session lasts the tenant length (30 minutes by default)', async () => {
    const { booking } = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, WED_0900),
      channel: 'web',
    });
    expect(booking.ends_at.getTime() - booking.starts_at.getTime()).toBe(30 * 60_000);
  });

  test('BOOK-NUMBER: a number typed with full-width digits and a long-vowel dash is stored normalised', async () => {
    const typed = f.numbers[1]!.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d))).replace(
      '-',
      'ー',
    );
    const { booking } = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, WED_0900, { jobSeekerNumber: typed }),
      channel: 'web',
    });
    const seeker = await ctx.db
      .selectFrom('job_seekers')
      .select('number')
      .where('id', '=', booking.job_seeker_id)
      .executeTakeFirstOrThrow();
    expect(seeker.number).toBe(f.numbers[1]);
  });

  test('BOOK-PRIVATE: an interpreter or assistant request is kept with the booking and named in the mail', async () => {
    const { booking } = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, WED_0900, { interpreter: 'on', assistant: 'on', assistanceNote: 'ベトナム語' }),
      channel: 'web',
    });
    expect(booking).toMatchObject({ interpreter: true, assistant: true, assistance_note: 'ベトナム語' });
    const [row] = await ctx.db.selectFrom('outbox').select('payload').execute();
    const mail = row!.payload as unknown as MailPayload;
    expect(mail.text).toContain('通訳・介助者');
    expect(mail.text).toContain('個室');
  });

  test('BOOK-NORECORD and BOOK-INVITE: the invitation states the time in JST with the weekday, the URL, the no-recording rule and the phone', async () => {
    const { booking } = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, WED_0900),
      channel: 'web',
    });
    const [row] = await ctx.db.selectFrom('outbox').select('payload').execute();
    const mail = row!.payload as unknown as MailPayload;
    expect(mail.to).toBe('hanako@example.jp');
    expect(mail.text).toContain('2026年12月2日(水) 09:00〜09:30');
    expect(mail.text).toContain(booking.meeting_url);
    expect(mail.text).toContain('録画や録音');
    expect(mail.text).toContain('086-000-1234');
    expect(mail.attachments?.[0]?.filename).toBe('invitation.ics');
  });

  test('BOOK-ENV: the environment checklist must be confirmed in full', async () => {
    const { message, fields } = await failure(bookingInput(f, WED_0900, { environment: ['secure-device'] }));
    expect(fields).toContain('environment');
    expect(message).toContain('利用環境');
    const en = await failure(bookingInput(f, WED_0900, { environment: [] }), 'en');
    expect(en.message).toContain('environment checklist');
  });

  test('BOOK-ELIGIBLE: an online pre-registrant is refused with the reason, nothing written', async () => {
    const { error, message } = await failure(bookingInput(f, WED_0900, { jobSeekerNumber: f.onlineNumber }));
    expect(error.ruleId).toBe('BOOK-ELIGIBLE');
    expect(message).toContain('オンライン登録');
  });

  test('BOOK-ELIGIBLE: an unknown number is refused naming the field', async () => {
    const { fields, message } = await failure(bookingInput(f, WED_0900, { jobSeekerNumber: '99999-1234' }));
    expect(fields).toEqual(['jobSeekerNumber']);
    expect(message).toContain('登録されていません');
  });

  test('BOOK-ELIGIBLE: without terms in force no booking is made (consent is part of eligibility)', async () => {
    const other = await createBookingFixture(ctx, { tenantId: 'hw-noterms', terms: false });
    const error = await createBooking(ctx, {
      tenantId: other.tenantId,
      input: bookingInput(other, WED_0900),
      channel: 'web',
    }).catch((e) => e);
    expect(error.code).toBe('rule_violation');
    expect(await ctx.db.selectFrom('bookings').select('id').execute()).toHaveLength(0);
    expect(await ctx.db.selectFrom('outbox').select('id').execute()).toHaveLength(0);
  });

  test.each([
    ['a malformed number', { jobSeekerNumber: '13010' }, 'jobSeekerNumber', '求職番号'],
    ['a malformed e-mail', { email: 'hanako@' }, 'email', 'メールアドレス'],
    ['a missing name', { name: '' }, 'name', '氏名'],
    ['a time that is not a slot', { startsAt: '2026-12-02T00:10:00Z' }, 'startsAt', '枠'],
    ['a past date', { startsAt: '2026-11-30T00:00:00Z' }, 'startsAt', '過ぎた'],
    ['a Saturday', { startsAt: '2026-12-05T00:00:00Z' }, 'startsAt', '土曜日'],
    ['a public holiday', { startsAt: '2027-01-11T00:00:00Z' }, 'startsAt', '成人の日'],
    ['the year-end break', { startsAt: '2026-12-29T00:00:00Z' }, 'startsAt', '年末年始'],
    ['today (after the deadline)', { startsAt: '2026-12-01T04:00:00Z' }, 'startsAt', '締め切りました'],
  ])(
    'bad input: %s gets a clear message naming the field and writes nothing',
    async (_, override, field, words) => {
      const { fields, message } = await failure(bookingInput(f, WED_0900, override));
      expect(fields).toContain(field);
      expect(message).toContain(words);
    },
  );

  test('bad input: an unknown office is "not found"', async () => {
    const { error } = await failure(bookingInput(f, WED_0900, { office: 'nowhere' }));
    expect(error.code).toBe('not_found');
  });

  test('bad input: messages come in English too', async () => {
    const { message } = await failure(bookingInput(f, WED_0900, { jobSeekerNumber: 'abc' }), 'en');
    expect(message).toContain('job-seeker number');
  });

  test('a slot taken by every counsellor says "その枠は先に予約されました" and writes nothing', async () => {
    await createBooking(ctx, { tenantId: f.tenantId, input: bookingInput(f, WED_0900), channel: 'web' });
    await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, WED_0900, { jobSeekerNumber: f.numbers[1] }),
      channel: 'web',
    });
    const { message, error } = await failure(bookingInput(f, WED_0900, { jobSeekerNumber: f.numbers[2] }));
    expect(message).toContain('その枠は先に予約されました');
    expect(error.userMessage.en).toContain('booked by someone else');
  });

  test('two counsellors at the same time: the second booking goes to the other, less busy counsellor', async () => {
    const a = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, WED_0900),
      channel: 'web',
    });
    const b = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, WED_0900, { jobSeekerNumber: f.numbers[1] }),
      channel: 'web',
    });
    expect(a.booking.counsellor_id).not.toBe(b.booking.counsellor_id);
  });

  test('a job seeker cannot hold two bookings at the same time', async () => {
    await createBooking(ctx, { tenantId: f.tenantId, input: bookingInput(f, WED_0900), channel: 'web' });
    const { message } = await failure(bookingInput(f, WED_0900));
    expect(message).toContain('既にご予約があります');
  });

  test('free slots: counts free counsellors, hides taken, past and after-deadline times and closed days', async () => {
    await createBooking(ctx, { tenantId: f.tenantId, input: bookingInput(f, WED_0900), channel: 'web' });
    const { days } = await findFreeSlots(ctx, { tenantId: f.tenantId, office: f.officeSlug, days: 7 });
    const byDate = Object.fromEntries(days.map((d) => [d.date, d]));
    expect(byDate['2026-12-01']!.slots).toEqual([]); // today: past the deadline
    expect(byDate['2026-12-05']!.closed).toBe('saturday');
    const wed = byDate['2026-12-02']!.slots;
    expect(wed).toHaveLength(12);
    expect(wed[0]).toMatchObject({ free: 1 });
    expect(wed[1]).toMatchObject({ free: 2 });
  });
});
