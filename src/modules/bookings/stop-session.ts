import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import { parseInput } from '../../kernel/validation.ts';
import { stopBookingRow } from './bookings.repository.ts';
import { bookingFieldLabels, stopSchema } from './bookings.schema.ts';
import { notLive } from './cancel-booking.ts';
import { cancelUpcomingSessions } from './cancel-upcoming-sessions.ts';
import { setRefusal } from './job-seekers.repository.ts';
import { loadBookingFor } from './staff-booking.ts';

export interface StopSessionOptions {
  principal: Principal | null;
  tenantId: string;
  bookingId: string;
  /**
   * { reason, refuse, cancelUpcoming }: refuse = also refuse further service (BOOK-REFUSE decision);
   * cancelUpcoming (with refuse) = also cancel the sessions already booked, with a notice.
   */
  input: unknown;
}

/** BOOK-STOP: threats, abuse or use other than job-seeking: the session ends, with the reason recorded. */
export async function stopSession(ctx: AppContext, o: StopSessionOptions) {
  const { booking, staff } = await loadBookingFor(
    ctx,
    o.principal,
    'booking.manage',
    o.tenantId,
    o.bookingId,
  );
  const { reason, refuse, cancelUpcoming } = parseInput(stopSchema, o.input, bookingFieldLabels);
  const actor = { kind: 'staff' as const, id: staff.staffId, tenantId: staff.tenantId };
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const row = await stopBookingRow(trx, booking.id, { at: now, by: staff.staffId, reason });
    if (!row) throw notLive();
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor,
      event: 'booking.stopped',
      ruleId: 'BOOK-STOP',
      subject: { kind: 'booking', id: booking.id },
      data: { reason, refuse, cancelUpcoming: refuse && cancelUpcoming },
    });
    if (refuse && (await setRefusal(trx, booking.job_seeker_id, { at: now, by: staff.staffId, reason }))) {
      await recordAudit(trx, ctx.clock, {
        tenantId: o.tenantId,
        actor,
        event: 'jobseeker.refused',
        ruleId: 'BOOK-STOP',
        subject: { kind: 'job-seeker', id: booking.job_seeker_id },
        data: { reason, bookingId: booking.id },
      });
    }
    if (refuse && cancelUpcoming) {
      await cancelUpcomingSessions(trx, ctx, {
        tenantId: o.tenantId,
        jobSeekerId: booking.job_seeker_id,
        actor,
        staffId: staff.staffId,
        reason,
        ruleId: 'BOOK-STOP',
      });
    }
    return row;
  });
}
