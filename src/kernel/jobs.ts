import type { Kysely } from 'kysely';
import { fromKysely, fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '../db/client.ts';
import type { Logger } from './logger.ts';

export interface SendOptions {
  startAfter?: Date;
  /** At most one queued job per key (pg-boss singletonKey). */
  singletonKey?: string;
}

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

/** Background jobs on the same database (pg-boss). Several app processes share the queue safely. */
export interface JobQueue {
  /** Queues a job inside the caller's transaction: it exists only if that transaction commits. */
  // biome-ignore lint/suspicious/noExplicitAny: any transaction handle, whatever its tables
  send(trx: Kysely<any>, queue: string, data: object, options?: SendOptions): Promise<void>;
  work(queue: string, handler: JobHandler): Promise<void>;
  /** A job on `queue` at every tick of `cron` (UTC), one per tick however many processes run. */
  schedule(queue: string, cron: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobQueue(
  database: Database,
  queues: readonly string[],
  logger?: Logger,
  options: { pollingIntervalSeconds?: number; maintenance?: boolean } = {},
): Promise<JobQueue> {
  const maintenance = options.maintenance ?? true;
  const common = { schema: 'pgboss', supervise: maintenance, schedule: maintenance };
  const boss = database.pglite
    ? new PgBoss({ ...common, db: fromPglite(database.pglite), backend: 'pglite' })
    : new PgBoss({ ...common, connectionString: database.url!, max: 4 });
  boss.on('error', (error) => logger?.error({ err: error }, 'job queue error'));
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  for (const name of queues) if (!existing.has(name)) await boss.createQueue(name);
  const registered = new Set(queues);
  const polling = options.pollingIntervalSeconds ?? 2;

  return {
    async send(trx, queue, data, sendOptions = {}) {
      // pg-boss looks an unknown queue up on its own connection; on PGlite that waits for the very
      // transaction we are in, forever. Only queues registered at start are accepted.
      if (!registered.has(queue)) throw new Error(`job queue "${queue}" is not registered at start`);
      await boss.send(queue, data, {
        db: fromKysely(trx),
        ...(sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        retryLimit: 5,
        retryDelay: 30,
        retryBackoff: true,
      });
    },
    async work(queue, handler) {
      await boss.work(queue, { pollingIntervalSeconds: polling, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data as Record<string, unknown>);
      });
    },
    async schedule(queue, cron) {
      await boss.schedule(queue, cron);
    },
    stop: () => boss.stop({ graceful: true, timeout: 5_000 }),
  };
}
