import type { AppContext } from '../../context.ts';
import { notFound } from '../../kernel/errors.ts';
import { authorize, type Permission, type Principal } from '../../kernel/policy/authorize.ts';
import { findBooking } from './bookings.repository.ts';

/** Loads a booking for a staff action: unknown, other tenant or other office all look like 404. */
export async function loadBookingFor(
  ctx: AppContext,
  principal: Principal | null,
  permission: Permission,
  tenantId: string,
  bookingId: string,
) {
  const who = authorize(principal, permission, { tenantId });
  const booking = /^[0-9a-f-]{36}$/.test(bookingId)
    ? await findBooking(ctx.db, tenantId, bookingId)
    : undefined;
  if (!booking) throw notFound();
  authorize(who, permission, { tenantId, officeId: booking.office_id });
  return { booking, staff: who };
}
