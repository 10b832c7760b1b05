import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import { parseInput } from '../../kernel/validation.ts';
import { cancelBookingRow } from './bookings.repository.ts';
import { bookingFieldLabels, reasonSchema } from './bookings.schema.ts';
import { loadBookingFor } from './staff-booking.ts';

export interface CancelBookingOptions {
  principal: Principal | null;
  tenantId: string;
  bookingId: string;
  input: unknown;
}

export const notLive = () =>
  new AppError('conflict', {
    message: {
      ja: 'この予約は既に終了または取り消されています。',
      en: 'This booking is already over or cancelled.',
    },
  });

/** BOOK-CANCEL: the job seeker phoned; staff record who cancelled, when and why. */
export async function cancelBooking(ctx: AppContext, o: CancelBookingOptions) {
  const { booking, staff } = await loadBookingFor(
    ctx,
    o.principal,
    'booking.manage',
    o.tenantId,
    o.bookingId,
  );
  const { reason } = parseInput(reasonSchema, o.input, bookingFieldLabels);
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const row = await cancelBookingRow(trx, booking.id, {
      at: now,
      by: staff.staffId,
      channel: 'phone',
      reason,
    });
    if (!row) throw notLive();
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
      event: 'booking.cancelled',
      ruleId: 'BOOK-CANCEL',
      subject: { kind: 'booking', id: booking.id },
      data: { channel: 'phone', reason },
    });
    return row;
  });
}
