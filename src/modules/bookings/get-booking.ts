import type { AppContext } from '../../context.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import { listContacts } from './bookings.repository.ts';
import { loadBookingFor } from './staff-booking.ts';

/** One session for the console: the booking, its contacts, its office. */
export async function getBooking(
  ctx: AppContext,
  o: { principal: Principal | null; tenantId: string; bookingId: string },
) {
  const { booking } = await loadBookingFor(ctx, o.principal, 'booking.read', o.tenantId, o.bookingId);
  const contacts = await listContacts(ctx.db, booking.id);
  return { booking, contacts };
}
