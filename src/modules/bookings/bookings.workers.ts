// Placeholder until the bookings area lands: its queues (no-show sweep, reminders) and workers.
import type { AppContext } from '../../context.ts';

export const bookingQueues: string[] = [];

export async function startBookingWorkers(_ctx: AppContext): Promise<void> {}
