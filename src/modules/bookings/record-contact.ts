import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import { parseInput } from '../../kernel/validation.ts';
import { insertContact } from './bookings.repository.ts';
import { bookingFieldLabels, contactSchema } from './bookings.schema.ts';
import { loadBookingFor } from './staff-booking.ts';

export interface RecordContactOptions {
  principal: Principal | null;
  tenantId: string;
  bookingId: string;
  input: unknown;
}

/** BOOK-NOSHOW: a recorded contact ("running late", "line trouble") excuses the absence from the sweep. */
export async function recordContact(ctx: AppContext, o: RecordContactOptions) {
  const { booking, staff } = await loadBookingFor(
    ctx,
    o.principal,
    'booking.manage',
    o.tenantId,
    o.bookingId,
  );
  const { note } = parseInput(contactSchema, o.input, bookingFieldLabels);
  return ctx.db.transaction().execute(async (trx) => {
    const contact = await insertContact(trx, {
      tenantId: o.tenantId,
      bookingId: booking.id,
      staffId: staff.staffId,
      at: ctx.clock.now(),
      note,
    });
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
      event: 'booking.contact_recorded',
      ruleId: 'BOOK-NOSHOW',
      subject: { kind: 'booking', id: booking.id },
      data: { contactId: contact.id },
    });
    return contact;
  });
}
