import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { recordAudit } from '../audit/audit.ts';
import { dueIdsQuery } from './outbox.repository.ts';
import { countOutbox, createOutboxDeliverer, type DeliveredMessage, enqueueOutbox } from './outbox.ts';
import { startOutboxRelay } from './outbox-relay.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

const message = (key: string) => ({
  tenantId: null,
  channel: 'mail' as const,
  deliveryKey: key,
  payload: { to: 'a@example.jp', subject: 'hello' },
});

describe('REC-AUDIT and the outbox share the transaction', () => {
  test('REC-AUDIT: a rolled-back transaction leaves neither the audit row nor the outbox row', async () => {
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await recordAudit(trx, ctx.clock, {
          tenantId: null,
          actor: { kind: 'system' },
          event: 'outbox.test',
        });
        await enqueueOutbox(trx, ctx, message('rollback-1'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const audit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(ctx.db);
    expect(audit.rows[0]!.n).toBe(0);
    expect(await countOutbox(ctx.db, 'rollback-1')).toBe(0);
  });

  test('REC-AUDIT: the audit log refuses updates and deletes', async () => {
    await recordAudit(ctx.db, ctx.clock, { tenantId: null, actor: { kind: 'system' }, event: 'outbox.test' });
    await expect(sql`UPDATE audit_log SET event = 'x'`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
  });
});

describe('outbox delivery', () => {
  test('the same delivery key is queued once', async () => {
    expect(await enqueueOutbox(ctx.db, ctx, message('once'))).toBe(true);
    expect(await enqueueOutbox(ctx.db, ctx, message('once'))).toBe(false);
    expect(await countOutbox(ctx.db, 'once')).toBe(1);
  });

  test('a delivered row is not delivered again after a worker restart', async () => {
    const sent: DeliveredMessage[] = [];
    const senders = { mail: async (m: DeliveredMessage) => void sent.push(m) };
    await ctx.db.transaction().execute((trx) => enqueueOutbox(trx, ctx, message('restart-1')));
    const first = createOutboxDeliverer({ db: ctx.db, clock: ctx.clock, senders });
    expect((await first.sweep()).delivered).toBe(1);
    // A new worker (as after a restart) sweeps again and re-runs the job: nothing is sent twice.
    const second = createOutboxDeliverer({ db: ctx.db, clock: ctx.clock, senders });
    expect((await second.sweep()).delivered).toBe(0);
    const [row] = await ctx.db.selectFrom('outbox').select(['id', 'status']).execute();
    expect(await second.deliver(row!.id)).toBe('skipped');
    expect(sent.map((m) => m.deliveryKey)).toEqual(['restart-1']);
    expect(row!.status).toBe('delivered');
  });

  test('a worker that died mid-delivery is taken over once its claim is stale', async () => {
    const sent: string[] = [];
    await enqueueOutbox(ctx.db, ctx, message('stale-1'));
    const [row] = await ctx.db.selectFrom('outbox').select('id').execute();
    await ctx.db.updateTable('outbox').set({ status: 'sending', claimed_at: ctx.clock.now() }).execute();
    const worker = createOutboxDeliverer({
      db: ctx.db,
      clock: ctx.clock,
      senders: { mail: async (m) => void sent.push(m.deliveryKey) },
    });
    expect(await worker.deliver(row!.id)).toBe('skipped');
    ctx.clock.advance(6);
    expect(await worker.deliver(row!.id)).toBe('delivered');
    expect(sent).toEqual(['stale-1']);
  });

  test('a failing sender leaves the row pending with the error, to be retried', async () => {
    await enqueueOutbox(ctx.db, ctx, message('fail-1'));
    const worker = createOutboxDeliverer({
      db: ctx.db,
      clock: ctx.clock,
      senders: {
        mail: async () => {
          throw new Error('smtp down');
        },
      },
    });
    expect((await worker.sweep()).delivered).toBe(0);
    const row = await ctx.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
    expect(row.last_error).toBe('smtp down');
  });

  test('a failed message waits before its retry, longer after each failure', async () => {
    await enqueueOutbox(ctx.db, ctx, message('wait-1'));
    let up = false;
    const attempts: string[] = [];
    const worker = createOutboxDeliverer({
      db: ctx.db,
      clock: ctx.clock,
      senders: {
        mail: async (m) => {
          attempts.push(m.deliveryKey);
          if (!up) throw new Error('smtp down');
        },
      },
    });
    expect(await worker.sweep()).toEqual({ due: 1, delivered: 0 });
    expect(await worker.sweep()).toEqual({ due: 0, delivered: 0 }); // not due yet
    ctx.clock.advance(1); // 60 s later: the first wait (30 s) is over
    expect(await worker.sweep()).toEqual({ due: 1, delivered: 0 });
    ctx.clock.advance(0.75); // 45 s: the second wait is 60 s
    expect(await worker.sweep()).toEqual({ due: 0, delivered: 0 });
    up = true;
    ctx.clock.advance(0.5);
    expect(await worker.sweep()).toEqual({ due: 1, delivered: 1 });
    expect(attempts).toHaveLength(3);
  });
});

describe('outbox delivery by several workers', () => {
  test('a worker whose claim was taken over does not settle the row again', async () => {
    await enqueueOutbox(ctx.db, ctx, message('slow-1'));
    const [row] = await ctx.db.selectFrom('outbox').select('id').execute();
    const sent: string[] = [];
    const { promise: slowSend, reject: failSlowSend } = Promise.withResolvers<void>();
    const slow = createOutboxDeliverer({ db: ctx.db, clock: ctx.clock, senders: { mail: () => slowSend } });
    const fast = createOutboxDeliverer({
      db: ctx.db,
      clock: ctx.clock,
      senders: { mail: async (m) => void sent.push(m.deliveryKey) },
    });
    const first = slow.deliver(row!.id).catch((error: Error) => error.message);
    await expect
      .poll(async () => (await ctx.db.selectFrom('outbox').select('status').executeTakeFirst())?.status)
      .toBe('sending');
    ctx.clock.advance(6); // the first worker looks dead: its claim is stale
    expect(await fast.deliver(row!.id)).toBe('delivered');
    failSlowSend(new Error('smtp timed out'));
    expect(await first).toBe('smtp timed out');
    const after = await ctx.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(after.status).toBe('delivered'); // not put back to pending by the late failure
    expect((await fast.sweep()).due).toBe(0);
    expect(sent).toEqual(['slow-1']);
  });

  test('a worker that listed a row before its retry wait began does not retry it early', async () => {
    await enqueueOutbox(ctx.db, ctx, message('wait-2'));
    const [row] = await ctx.db.selectFrom('outbox').select('id').execute();
    const failing = createOutboxDeliverer({
      db: ctx.db,
      clock: ctx.clock,
      senders: {
        mail: async () => {
          throw new Error('smtp down');
        },
      },
    });
    await expect(failing.deliver(row!.id)).rejects.toThrow('smtp down');
    const other = createOutboxDeliverer({ db: ctx.db, clock: ctx.clock, senders: { mail: async () => {} } });
    expect(await other.deliver(row!.id)).toBe('skipped');
  });

  // Statements run prepared (decision 0003) and PostgreSQL keeps a generic plan; the poll runs every
  // second in every process, so even that plan must not read the whole outbox.
  test('the poll for due rows uses the pending-rows index, even in a plan made on an empty outbox', async () => {
    const now = ctx.clock.now();
    const compiled = dueIdsQuery(ctx.db, now, new Date(now.getTime() - 300_000), 50).compile();
    const args = compiled.parameters
      .map((value) =>
        value instanceof Date
          ? `'${value.toISOString()}'`
          : typeof value === 'string'
            ? `'${value}'`
            : String(value),
      )
      .join(', ');
    const plan = await ctx.db.connection().execute(async (conn) => {
      await sql`SET plan_cache_mode = force_generic_plan`.execute(conn);
      await sql.raw(`PREPARE due_rows AS ${compiled.sql}`).execute(conn);
      try {
        const { rows } = await sql
          .raw<Record<string, string>>(`EXPLAIN EXECUTE due_rows(${args})`)
          .execute(conn);
        return rows.map((row) => Object.values(row)[0]).join('\n');
      } finally {
        await sql`DEALLOCATE due_rows`.execute(conn);
        await sql`RESET plan_cache_mode`.execute(conn);
      }
    });
    expect(plan).toContain('outbox_pending');
  });
});

describe('outbox relay (decision 0005)', () => {
  test('delivers what was committed, after commit, once; a rolled-back message never', async () => {
    const sent: string[] = [];
    const deliverer = createOutboxDeliverer({
      db: ctx.db,
      clock: ctx.clock,
      senders: { mail: async (m) => void sent.push(m.deliveryKey) },
    });
    const relay = startOutboxRelay(deliverer, { intervalMs: 20 });
    try {
      await expect(
        ctx.db.transaction().execute(async (trx) => {
          await enqueueOutbox(trx, ctx, message('relay-rolled-back'));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      await ctx.db.transaction().execute(async (trx) => {
        await enqueueOutbox(trx, ctx, message('relay-1'));
        await new Promise((wait) => setTimeout(wait, 100)); // several relay passes see nothing uncommitted
        expect(sent).toEqual([]);
      });
      await expect.poll(() => sent, { timeout: 5_000 }).toEqual(['relay-1']);
      await new Promise((wait) => setTimeout(wait, 100));
      expect(sent).toEqual(['relay-1']);
    } finally {
      await relay.stop();
    }
  });

  test('a backlog larger than one batch is delivered without waiting between batches', async () => {
    for (let i = 0; i < 7; i++) await enqueueOutbox(ctx.db, ctx, message(`backlog-${i}`));
    const sent: string[] = [];
    const deliverer = createOutboxDeliverer({
      db: ctx.db,
      clock: ctx.clock,
      senders: { mail: async (m) => void sent.push(m.deliveryKey) },
    });
    const relay = startOutboxRelay(deliverer, { intervalMs: 60_000, batch: 3 });
    try {
      await expect.poll(() => sent.length, { timeout: 5_000 }).toBe(7);
    } finally {
      await relay.stop();
    }
  });
});
