import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';
import type { Config } from './kernel/config.ts';
import type { JobQueue } from './kernel/jobs.ts';
import type { Logger } from './kernel/logger.ts';
import type { Clock } from './kernel/time/clock.ts';

/** What every use-case may depend on. Built once at start (src/server.ts) or per test file. */
export interface AppContext {
  db: Kysely<DB>;
  clock: Clock;
  jobs: JobQueue;
  config: Config;
  logger: Logger;
}
