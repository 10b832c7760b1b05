import type { AppContext } from '../../context.ts';
import { parseInput } from '../../kernel/validation.ts';
import { bookingDetailsSchema, bookingFieldLabels } from './bookings.schema.ts';
import { assessBooking } from './place-booking.ts';

/**
 * The details step of the public flow: the same checks as the booking itself (fields, deadline,
 * eligibility, slot still free), so the job seeker hears of a problem before the checklist.
 * Writes nothing; the booking is only taken at confirmation.
 */
export async function checkBookingDetails(ctx: AppContext, o: { tenantId: string; input: unknown }) {
  const data = parseInput(bookingDetailsSchema, o.input, bookingFieldLabels);
  await assessBooking(ctx, {
    tenantId: o.tenantId,
    office: data.office,
    startsAt: data.startsAt,
    jobSeekerNumber: data.jobSeekerNumber,
  });
  return data;
}
