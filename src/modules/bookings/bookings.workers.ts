import type { AppContext } from '../../context.ts';
import { BOOKING_QUEUES, NO_SHOW_QUEUE, REMINDER_QUEUE } from './bookings.queues.ts';
import { sendDueReminders } from './send-reminder.ts';
import { sweepAllNoShows } from './sweep-no-shows.ts';

export const bookingQueues: string[] = [...BOOKING_QUEUES];

/** Minute by minute: the no-show sweep (BOOK-NOSHOW) and the day-before reminders (decision 0004). */
const SWEEP_CRON = '* * * * *';

export async function startBookingWorkers(ctx: AppContext): Promise<void> {
  await ctx.jobs.work(NO_SHOW_QUEUE, async () => void (await sweepAllNoShows(ctx)));
  await ctx.jobs.work(REMINDER_QUEUE, async () => void (await sendDueReminders(ctx)));
  await ctx.jobs.schedule(NO_SHOW_QUEUE, SWEEP_CRON);
  await ctx.jobs.schedule(REMINDER_QUEUE, SWEEP_CRON);
}
