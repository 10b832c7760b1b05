import { serve } from '@hono/node-server';
import type { AppContext } from './context.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { createApp } from './http/app.ts';
import { type Config, loadConfig } from './kernel/config.ts';
import { startJobQueue } from './kernel/jobs.ts';
import { createLogger } from './kernel/logger.ts';
import { createMailSender } from './kernel/notify/mail.ts';
import { createOutboxDeliverer } from './kernel/notify/outbox.ts';
import { startOutboxRelay } from './kernel/notify/outbox-relay.ts';
import { systemClock } from './kernel/time/clock.ts';
import { bookingQueues, startBookingWorkers } from './modules/bookings/bookings.workers.ts';

export interface Running {
  ctx: AppContext;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, starts the job workers and the HTTP server. */
export async function startServer(
  config: Config = loadConfig(),
  options: { beforeListen?: (ctx: AppContext) => Promise<void> } = {},
): Promise<Running> {
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  const applied = await migrate(database);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const jobs = await startJobQueue(database, bookingQueues, logger);
  const ctx: AppContext = { db: database.db, clock: systemClock, jobs, config, logger };

  const deliverer = createOutboxDeliverer({
    db: ctx.db,
    clock: ctx.clock,
    logger,
    senders: { mail: createMailSender({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, logger }) },
  });
  const relay = startOutboxRelay(deliverer, { logger });
  await startBookingWorkers(ctx);

  await options.beforeListen?.(ctx);
  const app = createApp(ctx);
  const { promise: listening, resolve } = Promise.withResolvers<void>();
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve());
  await listening;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  logger.info({ url }, 'madoguchi is listening');
  return {
    ctx,
    database,
    url,
    stop: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await relay.stop();
      await jobs.stop();
      await database.close();
    },
  };
}
