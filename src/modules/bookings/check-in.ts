import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import { markJoined } from './bookings.repository.ts';
import { notLive } from './cancel-booking.ts';
import { loadBookingFor } from './staff-booking.ts';

export interface CheckInOptions {
  principal: Principal | null;
  tenantId: string;
  bookingId: string;
}

/** The counsellor marks that the job seeker joined: the no-show sweep then leaves the session alone. */
export async function checkIn(ctx: AppContext, o: CheckInOptions) {
  const { booking, staff } = await loadBookingFor(
    ctx,
    o.principal,
    'booking.manage',
    o.tenantId,
    o.bookingId,
  );
  if (booking.joined_at) return booking;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await markJoined(trx, booking.id, ctx.clock.now());
    if (!row) throw notLive();
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
      event: 'booking.joined',
      ruleId: 'BOOK-NOSHOW',
      subject: { kind: 'booking', id: booking.id },
    });
    return { ...booking, ...row };
  });
}
