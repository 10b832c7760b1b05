import { sql } from 'kysely';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

// Every statement runs prepared (decision 0003), and PostgreSQL keeps a prepared statement's generic
// plan after ANALYZE: a plan made while the register is empty must already be the right one, or each
// booking reads every job seeker of the tenant.
test('BOOK-NUMBER: finding a job seeker by number uses the number key, even in a plan made on an empty register', async () => {
  const plan = await ctx.db.connection().execute(async (conn) => {
    await sql`SET plan_cache_mode = force_generic_plan`.execute(conn);
    await sql`PREPARE by_number(text, text) AS
      SELECT * FROM job_seekers WHERE tenant_id = $1 AND number = $2`.execute(conn);
    try {
      const { rows } = await sql<
        Record<string, string>
      >`EXPLAIN EXECUTE by_number('t', '13001-1234')`.execute(conn);
      return rows.map((row) => Object.values(row)[0]).join('\n');
    } finally {
      await sql`DEALLOCATE by_number`.execute(conn);
      await sql`RESET plan_cache_mode`.execute(conn);
    }
  });
  expect(plan).toContain('job_seekers_tenant_id_number_key');
  expect(plan).not.toContain('Filter');
});
