import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { DB } from '../../db/schema.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { type BookingOffice, loadBookingOffice } from './availability.ts';
import { cancelUpcomingBookingsOf } from './bookings.repository.ts';
import { enqueueBookingMail } from './notify.ts';

/**
 * BOOK-REFUSE: when further service is refused, the sessions already booked can go too. In the
 * caller's transaction: each one cancelled (channel `refusal`), audited, and a notice mailed.
 */
export async function cancelUpcomingSessions(
  trx: Kysely<DB>,
  ctx: AppContext,
  o: { tenantId: string; jobSeekerId: string; actor: Actor; staffId: string; reason: string; ruleId: string },
) {
  const now = ctx.clock.now();
  const cancelled = await cancelUpcomingBookingsOf(trx, o.jobSeekerId, now, {
    at: now,
    by: o.staffId,
    reason: o.reason,
  });
  const offices = new Map<string, BookingOffice>();
  for (const booking of cancelled) {
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: o.actor,
      event: 'booking.cancelled',
      ruleId: o.ruleId,
      subject: { kind: 'booking', id: booking.id },
      data: { channel: 'refusal', reason: o.reason },
    });
    let bo = offices.get(booking.office_id);
    if (!bo) {
      bo = await loadBookingOffice(trx, o.tenantId, booking.office_id);
      offices.set(booking.office_id, bo);
    }
    await enqueueBookingMail(trx, ctx, {
      booking,
      bo,
      kind: 'cancellation',
      deliveryKey: `booking-cancellation:${booking.id}`,
    });
  }
  return cancelled.length;
}
