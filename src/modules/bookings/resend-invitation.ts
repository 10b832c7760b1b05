import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import { loadBookingOffice } from './availability.ts';
import { notLive } from './cancel-booking.ts';
import { enqueueBookingMail } from './notify.ts';
import { loadBookingFor } from './staff-booking.ts';

/** BOOK-INVITE: the job seeker called because the invitation did not arrive; staff send it again. */
export async function resendInvitation(
  ctx: AppContext,
  o: { principal: Principal | null; tenantId: string; bookingId: string },
) {
  const { booking, staff } = await loadBookingFor(
    ctx,
    o.principal,
    'booking.manage',
    o.tenantId,
    o.bookingId,
  );
  if (booking.status !== 'booked') throw notLive();
  const bo = await loadBookingOffice(ctx.db, o.tenantId, booking.office_id);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const deliveryKey = `booking-invitation:${booking.id}:resent:${now.toISOString()}`;
    await enqueueBookingMail(trx, ctx, { booking, bo, kind: 'invitation', deliveryKey });
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
      event: 'booking.invitation_resent',
      ruleId: 'BOOK-INVITE',
      subject: { kind: 'booking', id: booking.id },
    });
    return { deliveryKey };
  });
}
