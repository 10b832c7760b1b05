import type { AppContext } from '../../context.ts';
import { loadBookingOffice } from './availability.ts';
import { claimDueReminder, findBooking, listDueReminders } from './bookings.repository.ts';
import { enqueueBookingMail } from './notify.ts';

/**
 * The day-before reminder (tenant setting reminderDayBefore), for one booking whose reminder is due:
 * claims it (a second sweep finds nothing to claim) and queues the mail in the same transaction, only
 * while the booking is live and the tenant still sends reminders.
 */
export async function sendReminder(ctx: AppContext, o: { tenantId: string; bookingId: string }) {
  const booking = await findBooking(ctx.db, o.tenantId, o.bookingId);
  if (!booking) return false;
  const bo = await loadBookingOffice(ctx.db, o.tenantId, booking.office_id);
  return ctx.db.transaction().execute(async (trx) => {
    const claimed = await claimDueReminder(trx, booking.id, ctx.clock.now());
    if (claimed?.status !== 'booked' || !bo.settings.reminderDayBefore) return false;
    return enqueueBookingMail(trx, ctx, {
      booking,
      bo,
      kind: 'reminder',
      deliveryKey: `booking-reminder:${booking.id}`,
    });
  });
}

/** The reminder sweep (a pg-boss job every minute): every booking whose reminder is due. */
export async function sendDueReminders(ctx: AppContext): Promise<number> {
  let sent = 0;
  for (const due of await listDueReminders(ctx.db, ctx.clock.now())) {
    if (await sendReminder(ctx, { tenantId: due.tenant_id, bookingId: due.id })) sent++;
  }
  return sent;
}
