import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type MailPayload, renderAttachments } from '../../kernel/notify/mail.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { bookingQueues } from './bookings.workers.ts';
import { refuseJobSeeker } from './refuse-job-seeker.ts';
import { stopSession } from './stop-session.ts';
import { type BookingFixture, bookAt, createBookingFixture, THU_0900, WED_0900 } from './testing.ts';

let ctx: TestContext;
let f: BookingFixture;

beforeEach(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
  f = await createBookingFixture(ctx);
});
afterEach(async () => {
  await ctx.close();
});

async function twoUpcoming() {
  return [await bookAt(ctx, f, WED_0900), await bookAt(ctx, f, THU_0900)];
}
const statuses = async () =>
  (
    await ctx.db.selectFrom('bookings').select(['status', 'cancel_channel']).orderBy('starts_at').execute()
  ).map((b) => `${b.status}/${b.cancel_channel}`);
const notices = () =>
  ctx.db
    .selectFrom('outbox')
    .select(['delivery_key', 'payload'])
    .where('delivery_key', 'like', 'booking-cancellation:%')
    .execute();

describe('BOOK-REFUSE: refusing may cancel the sessions already booked', () => {
  test('BOOK-REFUSE: with cancelUpcoming the upcoming sessions are cancelled, audited and the job seeker is told', async () => {
    const [wed, thu] = await twoUpcoming();
    await refuseJobSeeker(ctx, {
      principal: f.admin,
      tenantId: f.tenantId,
      jobSeekerId: wed!.job_seeker_id,
      input: { reason: '脅迫的な言動', cancelUpcoming: true },
    });
    expect(await statuses()).toEqual(['cancelled/refusal', 'cancelled/refusal']);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['subject_id', 'rule_id'])
      .where('event', '=', 'booking.cancelled')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { subject_id: wed!.id, rule_id: 'BOOK-REFUSE' },
      { subject_id: thu!.id, rule_id: 'BOOK-REFUSE' },
    ]);
    const sent = await notices();
    expect(sent.map((n) => n.delivery_key).sort()).toEqual(
      [`booking-cancellation:${wed!.id}`, `booking-cancellation:${thu!.id}`].sort(),
    );
    const mail = sent.find((n) => n.delivery_key.endsWith(wed!.id))!.payload as unknown as MailPayload;
    expect(mail.subject).toContain('取り消し');
    expect(mail.text).toContain('12月2日(水)');
    expect(mail.text).toContain('086-000-1234');
    // The staff's reason stays internal.
    expect(mail.text).not.toContain('脅迫');
    const [ics] = renderAttachments(mail);
    expect(ics!.content).toContain('METHOD:CANCEL');
    expect(ics!.content).toContain(`UID:booking-${wed!.id}@madoguchi`);
    expect(ics!.contentType).toContain('method=CANCEL');
  });

  test('BOOK-REFUSE: without cancelUpcoming the booked sessions stay and nobody is mailed', async () => {
    const [wed] = await twoUpcoming();
    await refuseJobSeeker(ctx, {
      principal: f.admin,
      tenantId: f.tenantId,
      jobSeekerId: wed!.job_seeker_id,
      input: { reason: '連絡なしの欠席が2回' },
    });
    expect(await statuses()).toEqual(['booked/null', 'booked/null']);
    expect(await notices()).toEqual([]);
  });

  test('BOOK-STOP: stopping a session with refusal can cancel the rest of the sessions too', async () => {
    const [wed, thu] = await twoUpcoming();
    await stopSession(ctx, {
      principal: f.admin,
      tenantId: f.tenantId,
      bookingId: wed!.id,
      input: { reason: '暴言', refuse: true, cancelUpcoming: true },
    });
    expect(await statuses()).toEqual(['stopped/null', 'cancelled/refusal']);
    expect((await notices()).map((n) => n.delivery_key)).toEqual([`booking-cancellation:${thu!.id}`]);
    const cancelAudit = await ctx.db
      .selectFrom('audit_log')
      .select('rule_id')
      .where('event', '=', 'booking.cancelled')
      .execute();
    expect(cancelAudit).toEqual([{ rule_id: 'BOOK-STOP' }]);
  });

  test('BOOK-STOP: without refusal nothing else is cancelled, even if the box was ticked', async () => {
    const [wed] = await twoUpcoming();
    await stopSession(ctx, {
      principal: f.admin,
      tenantId: f.tenantId,
      bookingId: wed!.id,
      input: { reason: '就職目的以外の利用', cancelUpcoming: true },
    });
    expect(await statuses()).toEqual(['stopped/null', 'booked/null']);
    expect(await notices()).toEqual([]);
  });
});
