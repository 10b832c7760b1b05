import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { bookingQueues, startBookingWorkers } from './bookings.workers.ts';
import { cancelBooking } from './cancel-booking.ts';
import { checkIn } from './check-in.ts';
import { getJobSeeker } from './get-job-seeker.ts';
import { recordContact } from './record-contact.ts';
import { sendDueReminders } from './send-reminder.ts';
import { sweepAllNoShows } from './sweep-no-shows.ts';
import { type BookingFixture, bookAt, createBookingFixture, THU_0900, WED_0900 } from './testing.ts';
import { updateBookingSettings } from './update-booking-settings.ts';

// The two minute sweeps (decision 0004), run here against the test clock.
let ctx: TestContext;
let f: BookingFixture;

beforeEach(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
  f = await createBookingFixture(ctx);
});
afterEach(async () => {
  await ctx.close();
});

const book = (startsAt = WED_0900, number = f.numbers[0], fixture = f) =>
  bookAt(ctx, fixture, startsAt, number);
const status = async (id: string) =>
  (await ctx.db.selectFrom('bookings').select('status').where('id', '=', id).executeTakeFirstOrThrow())
    .status;
const reminders = () =>
  ctx.db
    .selectFrom('outbox')
    .select(['delivery_key', 'payload'])
    .where('delivery_key', 'like', 'booking-reminder:%')
    .execute();

describe('BOOK-NOSHOW: the sweep at start + 10 minutes', () => {
  test('BOOK-NOSHOW: both sweeps are pg-boss jobs scheduled every minute', async () => {
    await startBookingWorkers(ctx);
    const schedules = await sql<{ name: string; cron: string }>`
      SELECT name, cron FROM pgboss.schedule ORDER BY name`.execute(ctx.db);
    expect(schedules.rows).toEqual([
      { name: 'booking-no-show', cron: '* * * * *' },
      { name: 'booking-reminder', cron: '* * * * *' },
    ]);
  });

  test('BOOK-NOSHOW: not joined and no contact: cancelled at +10 min and counted, not before', async () => {
    const booking = await book();
    ctx.clock.set('2026-12-02T00:09:59Z');
    expect(await sweepAllNoShows(ctx)).toBe(0);
    expect(await status(booking.id)).toBe('booked');
    ctx.clock.set('2026-12-02T00:10:00Z');
    expect(await sweepAllNoShows(ctx)).toBe(1);
    expect(await status(booking.id)).toBe('no_show');
    const seeker = await getJobSeeker(ctx, {
      principal: f.admin,
      tenantId: f.tenantId,
      jobSeekerId: booking.job_seeker_id,
    });
    expect(seeker.noShows).toBe(1);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['event', 'rule_id'])
      .where('subject_id', '=', booking.id)
      .execute();
    expect(audit).toContainEqual({ event: 'booking.no_show', rule_id: 'BOOK-NOSHOW' });
    // The next minute's sweep (or another process's) changes nothing.
    ctx.clock.set('2026-12-02T00:11:00Z');
    expect(await sweepAllNoShows(ctx)).toBe(0);
  });

  test('BOOK-NOSHOW: a joined session is left alone', async () => {
    const booking = await book();
    ctx.clock.set('2026-12-02T00:02:00Z');
    await checkIn(ctx, { principal: f.counsellorPrincipal(), tenantId: f.tenantId, bookingId: booking.id });
    ctx.clock.set('2026-12-02T00:30:00Z');
    expect(await sweepAllNoShows(ctx)).toBe(0);
    expect(await status(booking.id)).toBe('booked');
  });

  test('BOOK-NOSHOW: a recorded contact ("running late") excuses the absence and never crowds out a later no-show', async () => {
    const late = await book(WED_0900, f.numbers[0]);
    const absent = await book('2026-12-02T00:30:00Z', f.numbers[1]);
    ctx.clock.set('2026-12-02T00:05:00Z');
    await recordContact(ctx, {
      principal: f.counsellorPrincipal(),
      tenantId: f.tenantId,
      bookingId: late.id,
      input: { note: '電話あり: 回線不調で15分遅れる' },
    });
    // One candidate per batch: the excused session, older, must not take the only place.
    ctx.clock.set('2026-12-02T00:45:00Z');
    expect(await sweepAllNoShows(ctx, { limit: 1 })).toBe(1);
    expect(await status(late.id)).toBe('booked');
    expect(await status(absent.id)).toBe('no_show');
  });

  test("BOOK-NOSHOW: the sweep honours each tenant's minutes", async () => {
    const patient = await createBookingFixture(ctx, {
      tenantId: 'hw-patient',
      settings: { noShowAfterMinutes: 20 },
    });
    const here = await book(WED_0900, f.numbers[0]);
    const there = await book(WED_0900, patient.numbers[0], patient);
    ctx.clock.set('2026-12-02T00:15:00Z');
    expect(await sweepAllNoShows(ctx)).toBe(1);
    expect(await status(here.id)).toBe('no_show');
    expect(await status(there.id)).toBe('booked');
    ctx.clock.set('2026-12-02T00:20:00Z');
    expect(await sweepAllNoShows(ctx)).toBe(1);
    expect(await status(there.id)).toBe('no_show');
  });
});

describe('BOOK-INVITE: the reminder the day before (tenant setting)', () => {
  test('BOOK-INVITE: the reminder is due at 10:00 the day before and is mailed once, while the booking is live', async () => {
    const booking = await book(THU_0900);
    const cancelled = await book('2026-12-03T00:30:00Z', f.numbers[1]);
    await cancelBooking(ctx, {
      principal: f.counsellorPrincipal(),
      tenantId: f.tenantId,
      bookingId: cancelled.id,
      input: { reason: '電話' },
    });
    ctx.clock.set('2026-12-02T00:59:00Z');
    expect(await sendDueReminders(ctx)).toBe(0);
    ctx.clock.set('2026-12-02T01:00:00Z');
    expect(await sendDueReminders(ctx)).toBe(1);
    const sent = await reminders();
    expect(sent.map((r) => r.delivery_key)).toEqual([`booking-reminder:${booking.id}`]);
    expect((sent[0]!.payload as { subject: string }).subject).toContain('明日');
    ctx.clock.set('2026-12-02T01:01:00Z');
    expect(await sendDueReminders(ctx)).toBe(0);
    expect(await reminders()).toHaveLength(1);
  });

  test('BOOK-INVITE: a booking made after the reminder time gets only its invitation', async () => {
    ctx.clock.set('2026-12-01T02:00:00Z'); // Tuesday 11:00 JST, after Tuesday's 10:00
    await book(WED_0900);
    ctx.clock.set('2026-12-02T00:05:00Z');
    expect(await sendDueReminders(ctx)).toBe(0);
    expect(await reminders()).toHaveLength(0);
  });

  test('BOOK-INVITE: no reminder when the tenant has reminders off, or turns them off before it is due', async () => {
    const quiet = await createBookingFixture(ctx, {
      tenantId: 'hw-quiet',
      settings: { reminderDayBefore: false },
    });
    await book(THU_0900, quiet.numbers[0], quiet);
    await book(THU_0900, f.numbers[0]);
    await updateBookingSettings(ctx, {
      principal: f.admin,
      tenantId: f.tenantId,
      input: {
        bookingLengthMinutes: 30,
        bookingDeadline: 'previous-calendar-day',
        noShowAfterMinutes: 10,
        noShowFlagThreshold: 2,
        selfServiceCancel: false,
      },
    });
    ctx.clock.set('2026-12-02T01:00:00Z');
    expect(await sendDueReminders(ctx)).toBe(0);
    expect(await reminders()).toHaveLength(0);
  });
});
