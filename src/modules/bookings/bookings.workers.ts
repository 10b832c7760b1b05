import type { AppContext } from '../../context.ts';
import { BOOKING_QUEUES, NO_SHOW_QUEUE, REMINDER_QUEUE } from './bookings.queues.ts';
import { sendReminder } from './send-reminder.ts';
import { sweepAllNoShows, sweepNoShow } from './sweep-no-shows.ts';

export const bookingQueues: string[] = [...BOOKING_QUEUES];

const SAFETY_SWEEP_MS = 60_000;

/** The per-booking no-show and reminder jobs, and a periodic sweep in case a job was lost. */
export async function startBookingWorkers(ctx: AppContext): Promise<void> {
  await ctx.jobs.work(NO_SHOW_QUEUE, async (data) => {
    await sweepNoShow(ctx, { tenantId: String(data.tenantId), bookingId: String(data.bookingId) });
  });
  await ctx.jobs.work(REMINDER_QUEUE, async (data) => {
    await sendReminder(ctx, { tenantId: String(data.tenantId), bookingId: String(data.bookingId) });
  });
  const timer = setInterval(() => {
    sweepAllNoShows(ctx).catch((err) => ctx.logger.error({ err }, 'no-show safety sweep'));
  }, SAFETY_SWEEP_MS);
  timer.unref();
}
