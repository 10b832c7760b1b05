import type { AppContext } from '../../context.ts';
import { parseInput } from '../../kernel/validation.ts';
import { bookingFieldLabels, createBookingSchema } from './bookings.schema.ts';
import { placeBooking } from './place-booking.ts';

export interface CreateBookingOptions {
  tenantId: string;
  /** Form or JSON body: office, startsAt, name, jobSeekerNumber, email, interpreter, assistant, environment. */
  input: unknown;
  channel: 'web' | 'api';
}

/** A job seeker books a consultation (BOOK-FIELDS, BOOK-NUMBER, BOOK-ENV, BOOK-PRIVATE, BOOK-DEADLINE). */
export async function createBooking(ctx: AppContext, { tenantId, input, channel }: CreateBookingOptions) {
  const data = parseInput(createBookingSchema, input, bookingFieldLabels);
  return placeBooking(ctx, {
    tenantId,
    office: data.office,
    startsAt: data.startsAt,
    jobSeekerNumber: data.jobSeekerNumber,
    name: data.name,
    email: data.email,
    interpreter: data.interpreter,
    assistant: data.assistant,
    assistanceNote: data.assistanceNote || null,
    environmentConfirmedAt: ctx.clock.now(),
    channel,
    actor: { kind: 'user', id: null },
    createdBy: null,
    followsBookingId: null,
  });
}
