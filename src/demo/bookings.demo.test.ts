import { afterAll, beforeAll, expect, test } from 'vitest';
import { bookingQueues } from '../modules/bookings/bookings.workers.ts';
import { listTenants } from '../modules/tenants/index.ts';
import { createTestContext, type TestContext } from '../testing/test-context.ts';
import { seedBookingDemo } from './bookings.demo.ts';
import { seedPolicyDemo } from './policies.demo.ts';
import { seedStaffDemo } from './staff.demo.ts';
import { seedTenantDemo } from './tenants.demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
  await seedTenantDemo(ctx);
  await seedStaffDemo(
    ctx,
    (await listTenants(ctx.db)).map((t) => t.id),
  );
  await seedPolicyDemo(ctx);
});
afterAll(() => ctx.close());

test('the bookings demo: hours, a register with an online-only and a refused job seeker, sessions today and next; idempotent', async () => {
  await seedBookingDemo(ctx);
  await seedBookingDemo(ctx);
  const seekers = await ctx.db
    .selectFrom('job_seekers')
    .selectAll()
    .where('tenant_id', '=', 'hw-kibi')
    .execute();
  expect(seekers).toHaveLength(6);
  expect(seekers.filter((s) => s.registration === 'online')).toHaveLength(1);
  expect(seekers.filter((s) => s.refused_at)).toHaveLength(1);
  const bookings = await ctx.db.selectFrom('bookings').select(['starts_at', 'consent_id']).execute();
  // Tuesday 1 Dec 2026: two today, two on Wednesday, each with its deemed consent.
  expect(bookings).toHaveLength(4);
  expect(bookings.every((b) => b.consent_id)).toBe(true);
  expect(await ctx.db.selectFrom('counsellor_hours').select('id').execute()).not.toHaveLength(0);
});
