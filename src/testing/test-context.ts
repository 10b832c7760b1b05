import type { AppContext } from '../context.ts';
import { loadConfig } from '../kernel/config.ts';
import { type JobQueue, startJobQueue } from '../kernel/jobs.ts';
import { createLogger } from '../kernel/logger.ts';
import { FixedClock } from '../kernel/time/clock.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestContext extends AppContext {
  clock: FixedClock;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A real database, a real job queue (not polling unless asked) and a clock the test controls. */
export async function createTestContext(
  options: { at?: string; queues?: string[]; env?: Record<string, string> } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const logger = createLogger('silent');
  const jobs: JobQueue = await startJobQueue(database, options.queues ?? [], logger, {
    maintenance: false,
  });
  return {
    db: database.db,
    database,
    clock: new FixedClock(options.at ?? '2026-12-01T01:00:00Z'),
    jobs,
    config: loadConfig({ NODE_ENV: 'test', ...options.env }),
    logger,
    close: async () => {
      await jobs.stop();
      await database.drop();
    },
  };
}
