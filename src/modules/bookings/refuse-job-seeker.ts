import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, notFound } from '../../kernel/errors.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { parseInput } from '../../kernel/validation.ts';
import { bookingFieldLabels, refusalSchema } from './bookings.schema.ts';
import { cancelUpcomingSessions } from './cancel-upcoming-sessions.ts';
import { countNoShows, findJobSeeker, setRefusal } from './job-seekers.repository.ts';

export interface RefusalOptions {
  principal: Principal | null;
  tenantId: string;
  jobSeekerId: string;
  /** { reason } */
  input: unknown;
}

export async function loadForRefusal(ctx: AppContext, o: RefusalOptions) {
  const staff = authorize(o.principal, 'booking.refuse', { tenantId: o.tenantId });
  const jobSeeker = /^[0-9a-f-]{36}$/.test(o.jobSeekerId)
    ? await findJobSeeker(ctx.db, o.tenantId, o.jobSeekerId)
    : undefined;
  if (!jobSeeker) throw notFound();
  // Lifting reads the same reason; cancelUpcoming matters only when refusing.
  const { reason, cancelUpcoming } = parseInput(refusalSchema, o.input, bookingFieldLabels);
  return {
    staff,
    jobSeeker,
    reason,
    cancelUpcoming,
    actor: { kind: 'staff' as const, id: staff.staffId, tenantId: staff.tenantId },
  };
}

/**
 * BOOK-REFUSE: after no-shows without contact, staff may refuse further bookings. The flag at the
 * tenant's threshold only informs; refusing is this explicit decision with a reason, audited. With
 * `cancelUpcoming` the sessions already booked are cancelled too, and the job seeker gets a notice.
 */
export async function refuseJobSeeker(ctx: AppContext, o: RefusalOptions) {
  const { staff, jobSeeker, reason, cancelUpcoming, actor } = await loadForRefusal(ctx, o);
  const noShows = await countNoShows(ctx.db, jobSeeker);
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const row = await setRefusal(trx, jobSeeker.id, { at: now, by: staff.staffId, reason });
    if (!row) {
      throw new AppError('conflict', {
        message: { ja: 'この方は既にお断りの対象です。', en: 'This job seeker is already refused.' },
      });
    }
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor,
      event: 'jobseeker.refused',
      ruleId: 'BOOK-REFUSE',
      subject: { kind: 'job-seeker', id: jobSeeker.id },
      data: { reason, noShows, cancelUpcoming },
    });
    if (cancelUpcoming) {
      await cancelUpcomingSessions(trx, ctx, {
        tenantId: o.tenantId,
        jobSeekerId: jobSeeker.id,
        actor,
        staffId: staff.staffId,
        reason,
        ruleId: 'BOOK-REFUSE',
      });
    }
    return row;
  });
}
