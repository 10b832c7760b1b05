import type { AppContext } from '../context.ts';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { loadConfig } from '../kernel/config.ts';
import { startJobQueue } from '../kernel/jobs.ts';
import { createLogger } from '../kernel/logger.ts';
import { systemClock } from '../kernel/time/clock.ts';
import { bookingQueues } from '../modules/bookings/bookings.workers.ts';

/** What a one-shot command needs: the configured database, migrated, and the job queue (no workers). */
export async function openCliContext(): Promise<{ ctx: AppContext; close(): Promise<void> }> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrate(database);
  const jobs = await startJobQueue(database, bookingQueues, logger, {
    maintenance: false,
  });
  return {
    ctx: { db: database.db, clock: systemClock, jobs, config, logger },
    close: async () => {
      await jobs.stop();
      await database.close();
    },
  };
}
