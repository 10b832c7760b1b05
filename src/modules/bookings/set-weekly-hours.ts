import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { invalid, notFound } from '../../kernel/errors.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { minutesOf } from '../../kernel/time/zoned.ts';
import { parseInput } from '../../kernel/validation.ts';
import { findCounsellor, replaceCounsellorHours } from './availability.repository.ts';
import { loadBookingOffice } from './availability.ts';
import { bookingFieldLabels, weeklyHoursSchema } from './bookings.schema.ts';

export interface SetWeeklyHoursOptions {
  principal: Principal | null;
  tenantId: string;
  office: string;
  staffId: string;
  /** { hours: [{ weekday 0-6, startsAt 'HH:MM', endsAt 'HH:MM' }] } — replaces the week. */
  input: unknown;
}

/** A counsellor's weekly hours at one office; they must lie within the office's opening hours. */
export async function setWeeklyHours(ctx: AppContext, o: SetWeeklyHoursOptions) {
  const bo = await loadBookingOffice(ctx.db, o.tenantId, o.office);
  const staff = authorize(o.principal, 'availability.manage', {
    tenantId: o.tenantId,
    officeId: bo.office.id,
  });
  const { hours } = parseInput(weeklyHoursSchema, o.input, bookingFieldLabels);
  const counsellor = /^[0-9a-f-]{36}$/.test(o.staffId)
    ? await findCounsellor(ctx.db, o.tenantId, o.staffId)
    : null;
  if (!counsellor) throw notFound({ ja: '相談員が見つかりません。', en: 'Counsellor not found.' });
  const opens = minutesOf(bo.office.opens_at);
  const closes = minutesOf(bo.office.closes_at);
  for (const h of hours) {
    if (
      minutesOf(h.startsAt) >= minutesOf(h.endsAt) ||
      minutesOf(h.startsAt) < opens ||
      minutesOf(h.endsAt) > closes
    ) {
      throw invalid('hours', {
        ja: `勤務時間は開庁時間（${bo.office.opens_at.slice(0, 5)}〜${bo.office.closes_at.slice(0, 5)}）の中で、開始を終了より前にしてください。`,
        en: `Working hours must start before they end and lie within opening hours (${bo.office.opens_at.slice(0, 5)}–${bo.office.closes_at.slice(0, 5)}).`,
      });
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await replaceCounsellorHours(
      trx,
      { tenantId: o.tenantId, officeId: bo.office.id, staffId: counsellor.id },
      hours,
    );
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
      event: 'availability.hours_set',
      ruleId: 'BOOK-LENGTH',
      subject: { kind: 'staff', id: counsellor.id },
      data: { officeId: bo.office.id, hours },
    });
  });
  return hours;
}
