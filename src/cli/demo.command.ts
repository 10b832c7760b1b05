import type { AppContext } from '../context.ts';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { printDemo, seedDemo } from '../demo/seed-demo.ts';
import { loadConfig } from '../kernel/config.ts';
import { startJobQueue } from '../kernel/jobs.ts';
import { createLogger } from '../kernel/logger.ts';
import { OUTBOX_QUEUE } from '../kernel/notify/outbox.ts';
import { systemClock } from '../kernel/time/clock.ts';
import { bookingQueues } from '../modules/bookings/bookings.workers.ts';

/** Seeds the demo tenants (idempotent) and prints their URLs and the demo logins. */
export async function demoCommand(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrate(database);
  const jobs = await startJobQueue(database, [OUTBOX_QUEUE, ...bookingQueues], logger, {
    maintenance: false,
  });
  const ctx: AppContext = { db: database.db, clock: systemClock, jobs, config, logger };
  try {
    printDemo(await seedDemo(ctx), config.BASE_URL);
    return 0;
  } finally {
    await jobs.stop();
    await database.close();
  }
}
