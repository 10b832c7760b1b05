import type { AppContext } from '../../context.ts';
import { ruleViolation } from '../../kernel/errors.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import { parseInput } from '../../kernel/validation.ts';
import { bookingFieldLabels, followUpSchema } from './bookings.schema.ts';
import { placeBooking } from './place-booking.ts';
import { loadBookingFor } from './staff-booking.ts';

export interface BookFollowUpOptions {
  principal: Principal | null;
  tenantId: string;
  bookingId: string;
  input: unknown;
}

/**
 * BOOK-FOLLOWUP: during a session the counsellor fixes the next one; it is confirmed at once and the
 * invitation goes out. The previous-day deadline still applies (placeBooking checks it). The job seeker's
 * details and environment confirmation carry over from the session they are in.
 */
export async function bookFollowUp(ctx: AppContext, o: BookFollowUpOptions) {
  const { booking, staff } = await loadBookingFor(
    ctx,
    o.principal,
    'booking.manage',
    o.tenantId,
    o.bookingId,
  );
  const data = parseInput(followUpSchema, o.input, bookingFieldLabels);
  if (booking.status === 'cancelled' || booking.status === 'no_show') {
    throw ruleViolation('BOOK-FOLLOWUP', {
      ja: '取り消された相談からは次回の予約を入れられません。',
      en: 'A follow-up cannot be booked from a cancelled session.',
    });
  }
  return placeBooking(ctx, {
    tenantId: o.tenantId,
    office: booking.office_id,
    startsAt: data.startsAt,
    jobSeekerNumber: booking.job_seeker_number,
    name: booking.name,
    email: booking.email,
    interpreter: booking.interpreter,
    assistant: booking.assistant,
    assistanceNote: booking.assistance_note,
    environmentConfirmedAt: booking.environment_confirmed_at,
    channel: 'staff',
    actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
    createdBy: staff.staffId,
    followsBookingId: booking.id,
    ...(data.sameCounsellor ? { preferredCounsellorId: booking.counsellor_id } : {}),
  });
}
