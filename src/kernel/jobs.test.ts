import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

test('a job for an unknown queue fails its transaction cleanly, and the database stays usable', {
  timeout: 20_000,
}, async () => {
  await expect(
    ctx.db.transaction().execute((trx) => ctx.jobs.send(trx, 'no-such-queue', { a: 1 })),
  ).rejects.toThrow(/not registered/);
  const rows = await ctx.db.selectFrom('outbox').select('id').execute();
  expect(rows).toEqual([]);
});
