import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { auditRow } from '../../kernel/audit/audit.ts';
import { outboxMessageRow } from '../../kernel/notify/outbox.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { planConsent } from '../policies/index.ts';
import { findJobSeekerByNumber } from './job-seekers.repository.ts';
import { CONSULTATION_TERMS } from './place-booking.ts';
import { insertBookingWithFreeCounsellor, withTakenCounsellor } from './take-slot.repository.ts';
import { bookAt, createBookingFixture, WED_0900 } from './testing.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const counts = async () =>
  (
    await sql<Record<string, number>>`
      SELECT (SELECT count(*)::int FROM bookings) AS bookings,
             (SELECT count(*)::int FROM consents) AS consents,
             (SELECT count(*)::int FROM audit_log) AS audit,
             (SELECT count(*)::int FROM outbox) AS outbox`.execute(ctx.db)
  ).rows[0];

// The race itself runs in concurrency.test.ts; this takes the losing side on its own, on both engines:
// the slot's one statement finds the slot taken and must write none of the rows planned with it.
test('BOOK-ELIGIBLE: a slot insert that loses writes none of its consent, audit or invitation rows', async () => {
  const f = await createBookingFixture(ctx, { counsellors: 1, jobSeekers: 2 });
  const first = await bookAt(ctx, f, WED_0900);
  const before = await counts();
  const other = await findJobSeekerByNumber(ctx.db, f.tenantId, f.numbers[1]!);
  const { consent, rows } = await planConsent(ctx.db, ctx.clock, {
    tenantId: f.tenantId,
    subject: { kind: 'job-seeker', ref: other!.id },
    documentKey: CONSULTATION_TERMS,
    kind: 'deemed',
    act: 'booking.created',
    channel: 'api',
  });
  const id = randomUUID();
  const audit = auditRow(ctx.clock, {
    tenantId: f.tenantId,
    actor: { kind: 'user', id: null },
    event: 'booking.created',
    subject: { kind: 'booking', id },
  });
  const mail = outboxMessageRow(ctx, {
    tenantId: f.tenantId,
    channel: 'mail',
    deliveryKey: `booking-invitation:${id}`,
    payload: { to: 'other@example.jp', subject: 'x', text: 'x' },
  });
  const lost = await insertBookingWithFreeCounsellor(
    ctx.db,
    {
      id,
      tenantId: f.tenantId,
      officeId: f.officeId,
      counsellorIds: [first.counsellor_id],
      jobSeekerId: other!.id,
      startsAt: first.starts_at,
      endsAt: first.ends_at,
      name: 'Other',
      email: 'other@example.jp',
      interpreter: false,
      assistant: false,
      assistanceNote: null,
      channel: 'api',
      createdBy: null,
      followsBookingId: null,
      meetingProvider: first.meeting_provider,
      meetingUrl: `${first.meeting_url}-other`,
      environmentConfirmedAt: ctx.clock.now(),
      consentId: consent.consentId,
      policyVersionId: consent.versionId,
      remindAt: null,
      now: ctx.clock.now(),
    },
    [...rows, withTakenCounsellor(audit), mail],
  );
  expect(lost).toBeUndefined();
  expect(await counts()).toEqual(before);
});
