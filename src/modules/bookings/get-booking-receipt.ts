import type { AppContext } from '../../context.ts';
import { notFound } from '../../kernel/errors.ts';
import { findOffice } from '../tenants/index.ts';
import { findBooking } from './bookings.repository.ts';

/** What the done page shows after booking: the time and the office to call, nothing personal. */
export async function getBookingReceipt(ctx: AppContext, o: { tenantId: string; bookingId: string }) {
  const booking = /^[0-9a-f-]{36}$/.test(o.bookingId)
    ? await findBooking(ctx.db, o.tenantId, o.bookingId)
    : undefined;
  if (!booking) throw notFound();
  const office = await findOffice(ctx.db, o.tenantId, booking.office_id);
  if (!office) throw notFound();
  return {
    id: booking.id,
    status: booking.status,
    startsAt: booking.starts_at,
    endsAt: booking.ends_at,
    interpreter: booking.interpreter,
    assistant: booking.assistant,
    office,
  };
}
