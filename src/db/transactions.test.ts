import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';

// How concurrent transactions behave on each engine (docs/decisions/0002-embedded-database.md).
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await sql`CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)`.execute(database.db);
  await sql`INSERT INTO counter VALUES (1, 0)`.execute(database.db);
});
afterAll(async () => {
  await database.drop();
});

describe('concurrent transactions', () => {
  test('read-modify-write transactions started together never lose an update', async () => {
    // On PGlite transactions run one after another; on PostgreSQL the row lock serialises them.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        database.db.transaction().execute(async (trx) => {
          const row = await sql<{ n: number }>`SELECT n FROM counter WHERE id = 1 FOR UPDATE`.execute(trx);
          await new Promise((resolve) => setTimeout(resolve, 2));
          await sql`UPDATE counter SET n = ${row.rows[0]!.n + 1} WHERE id = 1`.execute(trx);
        }),
      ),
    );
    const result = await sql<{ n: number }>`SELECT n FROM counter WHERE id = 1`.execute(database.db);
    expect(result.rows[0]!.n).toBe(20);
  });

  test('a statement outside a transaction does not see or join an open transaction', async () => {
    const { promise: inside, resolve: enteredTransaction } = Promise.withResolvers<void>();
    const { promise: release, resolve: finish } = Promise.withResolvers<void>();
    const transaction = database.db.transaction().execute(async (trx) => {
      await sql`UPDATE counter SET n = -1 WHERE id = 1`.execute(trx);
      enteredTransaction();
      await release;
      throw new Error('roll back');
    });
    await inside;
    const outside = sql<{ n: number }>`SELECT n FROM counter WHERE id = 1`.execute(database.db);
    finish();
    await expect(transaction).rejects.toThrow('roll back');
    expect((await outside).rows[0]!.n).toBe(20);
  });

  test('a failed transaction rolls back and the next one starts clean', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`UPDATE counter SET n = 99 WHERE id = 1`.execute(trx);
        await sql`SELECT * FROM no_such_table`.execute(trx);
      }),
    ).rejects.toThrow();
    const result = await database.db
      .transaction()
      .execute((trx) => sql<{ n: number }>`SELECT n FROM counter`.execute(trx));
    expect(result.rows[0]!.n).toBe(20);
  });
});
