import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { bookFollowUp } from './book-follow-up.ts';
import { bookingQueues } from './bookings.workers.ts';
import { cancelBooking } from './cancel-booking.ts';
import { createBooking } from './create-booking.ts';
import { getJobSeeker } from './get-job-seeker.ts';
import { liftRefusal } from './lift-refusal.ts';
import { refuseJobSeeker } from './refuse-job-seeker.ts';
import { stopSession } from './stop-session.ts';
import { sweepNoShow } from './sweep-no-shows.ts';
import {
  type BookingFixture,
  bookAt,
  bookingInput,
  createBookingFixture,
  THU_0900,
  WED_0900,
} from './testing.ts';

let ctx: TestContext;
let f: BookingFixture;

beforeEach(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
  f = await createBookingFixture(ctx);
});
afterEach(async () => {
  await ctx.close();
});

const book = (startsAt = WED_0900, number = f.numbers[0]) => bookAt(ctx, f, startsAt, number);
const status = async (id: string) =>
  (await ctx.db.selectFrom('bookings').select('status').where('id', '=', id).executeTakeFirstOrThrow())
    .status;
const actions = (id: string) =>
  ctx.db
    .selectFrom('audit_log')
    .select(['event', 'rule_id', 'actor_id', 'data'])
    .where('subject_id', '=', id)
    .orderBy('id')
    .execute();

describe('BOOK-CANCEL: phone cancellation', () => {
  test('BOOK-CANCEL: staff record who, when and why; the slot is free again', async () => {
    const booking = await book();
    await cancelBooking(ctx, {
      principal: f.counsellorPrincipal(),
      tenantId: f.tenantId,
      bookingId: booking.id,
      input: { reason: '体調不良のため電話で取消' },
    });
    const row = await ctx.db
      .selectFrom('bookings')
      .selectAll()
      .where('id', '=', booking.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'cancelled',
      cancel_channel: 'phone',
      cancel_reason: '体調不良のため電話で取消',
      cancelled_by: f.counsellors[0]!.id,
    });
    expect(row.cancelled_at).toEqual(ctx.clock.now());
    const audit = await actions(booking.id);
    expect(audit.at(-1)).toMatchObject({
      event: 'booking.cancelled',
      rule_id: 'BOOK-CANCEL',
      actor_id: f.counsellors[0]!.id,
    });
    const again = await book(WED_0900, f.numbers[1]);
    expect(again.counsellor_id).toBe(booking.counsellor_id);
  });

  test('BOOK-CANCEL: a reason is required and a cancelled booking cannot be cancelled again', async () => {
    const booking = await book();
    const principal = f.counsellorPrincipal();
    const noReason = await cancelBooking(ctx, {
      principal,
      tenantId: f.tenantId,
      bookingId: booking.id,
      input: { reason: ' ' },
    }).catch((e) => e);
    expect(noReason.issues[0].field).toBe('reason');
    expect(await status(booking.id)).toBe('booked');
    await cancelBooking(ctx, {
      principal,
      tenantId: f.tenantId,
      bookingId: booking.id,
      input: { reason: '電話' },
    });
    const twice = await cancelBooking(ctx, {
      principal,
      tenantId: f.tenantId,
      bookingId: booking.id,
      input: { reason: '電話' },
    }).catch((e) => e);
    expect(twice.code).toBe('conflict');
  });

  test('BOOK-CANCEL: staff of another tenant or another office cannot see the booking (404)', async () => {
    const booking = await book();
    const otherTenant = { staffId: 'x', tenantId: 'hw-other', roles: ['admin'] as const, officeIds: [] };
    const e1 = await cancelBooking(ctx, {
      principal: otherTenant,
      tenantId: f.tenantId,
      bookingId: booking.id,
      input: { reason: 'x' },
    }).catch((e) => e);
    expect(e1.code).toBe('not_found');
    const otherOffice = {
      staffId: 'y',
      tenantId: f.tenantId,
      roles: ['counsellor'] as const,
      officeIds: ['00000000-0000-4000-8000-00000000abcd'],
    };
    const e2 = await cancelBooking(ctx, {
      principal: otherOffice,
      tenantId: f.tenantId,
      bookingId: booking.id,
      input: { reason: 'x' },
    }).catch((e) => e);
    expect(e2.code).toBe('not_found');
    expect(await status(booking.id)).toBe('booked');
  });
});

describe('BOOK-FOLLOWUP: the next session booked from inside a session', () => {
  test('BOOK-FOLLOWUP: confirmed at once with the same counsellor, linked, invitation sent', async () => {
    const first = await book();
    ctx.clock.set('2026-12-02T00:15:00Z'); // during Wednesday's session
    const { booking } = await bookFollowUp(ctx, {
      principal: f.counsellorPrincipal(),
      tenantId: f.tenantId,
      bookingId: first.id,
      input: { startsAt: THU_0900 },
    });
    expect(booking).toMatchObject({
      status: 'booked',
      follows_booking_id: first.id,
      counsellor_id: first.counsellor_id,
      channel: 'staff',
    });
    const keys = (await ctx.db.selectFrom('outbox').select('delivery_key').execute()).map(
      (r) => r.delivery_key,
    );
    expect(keys).toContain(`booking-invitation:${booking.id}`);
    const audit = await actions(booking.id);
    expect(audit[0]).toMatchObject({ event: 'booking.created', rule_id: 'BOOK-FOLLOWUP' });
  });

  test('BOOK-FOLLOWUP: the previous-day deadline still applies', async () => {
    const first = await book();
    ctx.clock.set('2026-12-02T00:15:00Z');
    const sameDay = await bookFollowUp(ctx, {
      principal: f.counsellorPrincipal(),
      tenantId: f.tenantId,
      bookingId: first.id,
      input: { startsAt: '2026-12-02T05:00:00Z' },
    }).catch((e) => e);
    expect(sameDay.ruleId).toBe('BOOK-DEADLINE');
    expect(await ctx.db.selectFrom('bookings').select('id').execute()).toHaveLength(1);
  });
});

describe('BOOK-STOP and BOOK-REFUSE', () => {
  test('BOOK-STOP: staff stop a session with a reason and refuse further service', async () => {
    const booking = await book();
    ctx.clock.set('2026-12-02T00:05:00Z');
    await stopSession(ctx, {
      principal: f.counsellorPrincipal(),
      tenantId: f.tenantId,
      bookingId: booking.id,
      input: { reason: '暴言が続いたため中止', refuse: 'on' },
    });
    const row = await ctx.db
      .selectFrom('bookings')
      .selectAll()
      .where('id', '=', booking.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'stopped',
      stop_reason: '暴言が続いたため中止',
      stopped_by: f.counsellors[0]!.id,
    });
    expect((await actions(booking.id)).at(-1)).toMatchObject({
      event: 'booking.stopped',
      rule_id: 'BOOK-STOP',
    });
    const next = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, THU_0900),
      channel: 'web',
    }).catch((e) => e);
    expect(next.ruleId).toBe('BOOK-REFUSE');
  });

  test('BOOK-STOP: a stop needs a reason', async () => {
    const booking = await book();
    const e = await stopSession(ctx, {
      principal: f.counsellorPrincipal(),
      tenantId: f.tenantId,
      bookingId: booking.id,
      input: { reason: '' },
    }).catch((x) => x);
    expect(e.issues[0].field).toBe('reason');
    expect(await status(booking.id)).toBe('booked');
  });

  test('BOOK-REFUSE: flagged at the threshold (2); refusal is a staff decision with a reason, reversible, audited', async () => {
    const first = await book(WED_0900);
    const second = await book(THU_0900);
    ctx.clock.set('2026-12-02T00:10:00Z');
    await sweepNoShow(ctx, { tenantId: f.tenantId, bookingId: first.id });
    const principal = f.counsellorPrincipal();
    const afterOne = await getJobSeeker(ctx, {
      principal,
      tenantId: f.tenantId,
      jobSeekerId: first.job_seeker_id,
    });
    expect(afterOne).toMatchObject({ noShows: 1, flagged: false, threshold: 2 });
    ctx.clock.set('2026-12-03T00:10:00Z');
    await sweepNoShow(ctx, { tenantId: f.tenantId, bookingId: second.id });
    const afterTwo = await getJobSeeker(ctx, {
      principal,
      tenantId: f.tenantId,
      jobSeekerId: first.job_seeker_id,
    });
    expect(afterTwo).toMatchObject({ noShows: 2, flagged: true });
    // Flagged is not refused: the job seeker may still book until staff decide.
    expect(afterTwo.jobSeeker.refused_at).toBeNull();

    const noReason = await refuseJobSeeker(ctx, {
      principal,
      tenantId: f.tenantId,
      jobSeekerId: first.job_seeker_id,
      input: {},
    }).catch((e) => e);
    expect(noReason.issues[0].field).toBe('reason');
    await refuseJobSeeker(ctx, {
      principal,
      tenantId: f.tenantId,
      jobSeekerId: first.job_seeker_id,
      input: { reason: '連絡なしの欠席が2回' },
    });
    const refused = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, '2026-12-07T00:00:00Z'),
      channel: 'web',
    }).catch((e) => e);
    expect(refused.ruleId).toBe('BOOK-REFUSE');
    expect(refused.userMessage.ja).toContain('086-000-1234');

    await liftRefusal(ctx, {
      principal,
      tenantId: f.tenantId,
      jobSeekerId: first.job_seeker_id,
      input: { reason: '本人と面談のうえ再開' },
    });
    const again = await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, '2026-12-07T00:00:00Z'),
      channel: 'web',
    });
    expect(again.booking.status).toBe('booked');
    const after = await getJobSeeker(ctx, {
      principal,
      tenantId: f.tenantId,
      jobSeekerId: first.job_seeker_id,
    });
    expect(after).toMatchObject({ noShows: 0, flagged: false });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['event', 'rule_id'])
      .where('subject_id', '=', first.job_seeker_id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.event)).toEqual([
      'jobseeker.registered',
      'jobseeker.refused',
      'jobseeker.refusal_lifted',
    ]);
  });

  test('BOOK-REFUSE: the threshold is a tenant setting', async () => {
    const other = await createBookingFixture(ctx, {
      tenantId: 'hw-strict',
      settings: { noShowFlagThreshold: 1 },
    });
    const { booking } = await createBooking(ctx, {
      tenantId: other.tenantId,
      input: bookingInput(other, WED_0900),
      channel: 'web',
    });
    ctx.clock.set('2026-12-02T00:10:00Z');
    await sweepNoShow(ctx, { tenantId: other.tenantId, bookingId: booking.id });
    const seeker = await getJobSeeker(ctx, {
      principal: other.admin,
      tenantId: other.tenantId,
      jobSeekerId: booking.job_seeker_id,
    });
    expect(seeker).toMatchObject({ noShows: 1, flagged: true, threshold: 1 });
  });
});
