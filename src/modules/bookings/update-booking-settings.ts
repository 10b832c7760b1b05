import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { ruleViolation } from '../../kernel/errors.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { parseInput } from '../../kernel/validation.ts';
import { getTenantSettings, updateTenantSettings } from '../tenants/index.ts';
import { countUpcomingBookings } from './bookings.repository.ts';
import { bookingFieldLabels, bookingSettingsSchema } from './bookings.schema.ts';

export interface UpdateBookingSettingsOptions {
  principal: Principal | null;
  tenantId: string;
  /** { bookingLengthMinutes, bookingDeadline, noShowAfterMinutes, noShowFlagThreshold, reminderDayBefore, selfServiceCancel } */
  input: unknown;
}

/**
 * An administrator sets the tenant's booking rules. The session length cannot change while sessions
 * are booked ahead: slots of the new length would overlap them (BOOK-LENGTH).
 */
export async function updateBookingSettings(ctx: AppContext, o: UpdateBookingSettingsOptions) {
  const staff = authorize(o.principal, 'tenant.manage', { tenantId: o.tenantId });
  const data = parseInput(bookingSettingsSchema, o.input, bookingFieldLabels);
  return ctx.db.transaction().execute(async (trx) => {
    const { settings } = await getTenantSettings(trx, o.tenantId);
    if (data.bookingLengthMinutes !== settings.bookingLengthMinutes) {
      const booked = await countUpcomingBookings(trx, o.tenantId, ctx.clock.now());
      if (booked > 0) {
        throw ruleViolation(
          'BOOK-LENGTH',
          {
            ja: `予約済みの今後の相談が${booked}件あるため、相談の長さは変更できません。新しい長さの枠が既存の予約と重なるためです。`,
            en: `${booked} sessions are booked ahead, so the session length cannot change: slots of the new length would overlap them.`,
          },
          'bookingLengthMinutes',
        );
      }
    }
    const next = { ...settings, ...data };
    const changed = Object.fromEntries(
      Object.entries(data).filter(([key, value]) => settings[key as keyof typeof settings] !== value),
    );
    await updateTenantSettings(trx, o.tenantId, next);
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
      event: 'tenant.booking_settings_changed',
      subject: { kind: 'tenant', id: o.tenantId },
      data: { changed },
    });
    return next;
  });
}
