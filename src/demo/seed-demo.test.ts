import { afterAll, beforeAll, expect, test } from 'vitest';
import { listOffices, listTenants } from '../modules/tenants/index.ts';
import { createTestContext, type TestContext } from '../testing/test-context.ts';
import { seedDemo } from './seed-demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

test('the demo seeds five tenants modelled on the five source organisations, and is idempotent', async () => {
  const first = await seedDemo(ctx);
  const second = await seedDemo(ctx);
  expect(second).toEqual(first);
  const tenants = await listTenants(ctx.db);
  expect(tenants.map((t) => t.kind).sort()).toEqual(['coop', 'desk', 'hellowork', 'hellowork', 'jobcafe']);
  expect((await listOffices(ctx.db, 'hw-kibi')).map((o) => o.slug)).toEqual(['kibi-central', 'kibi-north']);
});
