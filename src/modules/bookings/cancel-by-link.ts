import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { notFound, ruleViolation } from '../../kernel/errors.ts';
import { getTenantSettings } from '../tenants/index.ts';
import { cancelBookingRow, findBooking } from './bookings.repository.ts';
import { notLive } from './cancel-booking.ts';
import { isValidCancelToken } from './cancel-link.ts';

export interface CancelByLinkOptions {
  tenantId: string;
  bookingId: string;
  token: string;
}

/** BOOK-CANCEL (extension, off by default): the signed link in the invitation. Checks without changing. */
export async function findBookingByLink(ctx: AppContext, o: CancelByLinkOptions) {
  const { settings } = await getTenantSettings(ctx.db, o.tenantId);
  const valid =
    /^[0-9a-f-]{36}$/.test(o.bookingId) && isValidCancelToken(ctx.config.SECRET_KEY, o.bookingId, o.token);
  // Switched off, forged or unknown: all look the same.
  if (!settings.selfServiceCancel || !valid) throw notFound();
  const booking = await findBooking(ctx.db, o.tenantId, o.bookingId);
  if (!booking) throw notFound();
  return booking;
}

export async function cancelByLink(ctx: AppContext, o: CancelByLinkOptions) {
  const booking = await findBookingByLink(ctx, o);
  if (booking.status !== 'booked') throw notLive();
  const now = ctx.clock.now();
  if (booking.starts_at.getTime() <= now.getTime()) {
    throw ruleViolation('BOOK-CANCEL', {
      ja: '開始時刻を過ぎた予約はこのリンクでは取り消せません。お電話でご連絡ください。',
      en: 'A session that has started cannot be cancelled with this link. Please call the office.',
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await cancelBookingRow(trx, booking.id, {
      at: now,
      by: null,
      channel: 'self',
      reason: 'cancelled with the link in the invitation',
    });
    if (!row) throw notLive();
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'user', id: booking.job_seeker_id },
      event: 'booking.cancelled',
      ruleId: 'BOOK-CANCEL',
      subject: { kind: 'booking', id: booking.id },
      data: { channel: 'self' },
    });
    return row;
  });
}
