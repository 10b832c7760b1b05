import { afterAll, beforeAll, expect, test } from 'vitest';
import { bookingQueues } from '../modules/bookings/bookings.workers.ts';
import { listOffices, listTenants } from '../modules/tenants/index.ts';
import { createTestContext, type TestContext } from '../testing/test-context.ts';
import { seedDemo } from './seed-demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
});
afterAll(() => ctx.close());

test('the demo seeds five tenants modelled on the five source organisations, and is idempotent', {
  timeout: 180_000,
}, async () => {
  let started = performance.now();
  const first = await seedDemo(ctx);
  console.log(`first seed ${Math.round(performance.now() - started)} ms`);
  started = performance.now();
  const second = await seedDemo(ctx);
  console.log(`second seed ${Math.round(performance.now() - started)} ms`);
  expect(second).toEqual(first);
  const tenants = await listTenants(ctx.db);
  expect(tenants.map((t) => t.kind).sort()).toEqual(['coop', 'desk', 'hellowork', 'hellowork', 'jobcafe']);
  expect((await listOffices(ctx.db, 'hw-kibi')).map((o) => o.slug)).toEqual(['kibi-central', 'kibi-north']);
});
