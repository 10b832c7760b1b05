import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AppError } from '../../kernel/errors.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { bookingQueues } from './bookings.workers.ts';
import { createBooking } from './create-booking.ts';
import { bookingInput, createBookingFixture } from './testing.ts';

// No double booking, decided by the database's unique index: run on PGlite, and on PostgreSQL with
// TEST_DATABASE_URL (where the 200 requests really run in parallel over a pool of connections).
const WED_0900 = '2026-12-02T00:00:00Z';
let ctx: TestContext;

beforeEach(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
});
afterEach(async () => {
  await ctx.close();
});

async function race(counsellors: number, requests: number) {
  const f = await createBookingFixture(ctx, { counsellors, jobSeekers: requests });
  const results = await Promise.allSettled(
    f.numbers.map((number) =>
      createBooking(ctx, {
        tenantId: f.tenantId,
        input: bookingInput(f, WED_0900, { jobSeekerNumber: number }),
        channel: 'api',
      }),
    ),
  );
  const won = results.filter((r) => r.status === 'fulfilled').map((r) => r.value.booking);
  const lost = results.filter((r) => r.status === 'rejected').map((r) => r.reason as AppError);
  const written = await sql<{ bookings: number; consents: number; audit: number; outbox: number }>`
    SELECT (SELECT count(*)::int FROM bookings) AS bookings,
           (SELECT count(*)::int FROM consents) AS consents,
           (SELECT count(*)::int FROM audit_log
             WHERE event IN ('booking.created', 'consent.recorded')) AS audit,
           (SELECT count(*)::int FROM outbox) AS outbox`.execute(ctx.db);
  return { won, lost, written: written.rows[0]! };
}

describe('no double booking', () => {
  test('200 concurrent requests for one slot give exactly one booking; the others are told, with nothing written', async () => {
    const { won, lost, written } = await race(1, 200);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(199);
    for (const error of lost) {
      expect(error.code).toBe('conflict');
      expect(error.userMessage.ja).toContain('その枠は先に予約されました');
      expect(error.userMessage.en).toContain('booked by someone else');
    }
    expect(written).toEqual({ bookings: 1, consents: 1, audit: 2, outbox: 1 });
  });

  test('three counsellors free at that time: exactly three bookings, one each', async () => {
    const { won, lost, written } = await race(3, 60);
    expect(won).toHaveLength(3);
    expect(new Set(won.map((b) => b.counsellor_id)).size).toBe(3);
    expect(lost).toHaveLength(57);
    expect(written).toEqual({ bookings: 3, consents: 3, audit: 6, outbox: 3 });
  });
});
