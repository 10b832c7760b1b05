import type { AppContext } from '../../context.ts';
import { loadBookingOffice } from './availability.ts';
import { findBooking } from './bookings.repository.ts';
import { enqueueBookingMail } from './notify.ts';

/** The day-before reminder job (tenant setting reminderDayBefore): only for a booking still live. */
export async function sendReminder(ctx: AppContext, o: { tenantId: string; bookingId: string }) {
  const booking = await findBooking(ctx.db, o.tenantId, o.bookingId);
  if (booking?.status !== 'booked') return false;
  const bo = await loadBookingOffice(ctx.db, o.tenantId, booking.office_id);
  if (!bo.settings.reminderDayBefore) return false;
  return ctx.db.transaction().execute((trx) =>
    enqueueBookingMail(trx, ctx, {
      booking,
      bo,
      kind: 'reminder',
      deliveryKey: `booking-reminder:${booking.id}`,
    }),
  );
}
