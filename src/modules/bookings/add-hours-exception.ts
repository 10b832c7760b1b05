import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { invalid, notFound } from '../../kernel/errors.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { parseInput } from '../../kernel/validation.ts';
import { findCounsellor, insertHoursException } from './availability.repository.ts';
import { loadBookingOffice } from './availability.ts';
import { bookingFieldLabels, hoursExceptionSchema } from './bookings.schema.ts';

export interface AddHoursExceptionOptions {
  principal: Principal | null;
  tenantId: string;
  office: string;
  staffId: string;
  /** { onDate, kind: 'off' | 'extra', startsAt?, endsAt?, reason? } — 'off' without times = whole day. */
  input: unknown;
}

/** A dated exception to a counsellor's week: leave, a training morning, an extra afternoon. */
export async function addHoursException(ctx: AppContext, o: AddHoursExceptionOptions) {
  const bo = await loadBookingOffice(ctx.db, o.tenantId, o.office);
  const staff = authorize(o.principal, 'availability.manage', {
    tenantId: o.tenantId,
    officeId: bo.office.id,
  });
  const data = parseInput(hoursExceptionSchema, o.input, bookingFieldLabels);
  const counsellor = /^[0-9a-f-]{36}$/.test(o.staffId)
    ? await findCounsellor(ctx.db, o.tenantId, o.staffId)
    : null;
  if (!counsellor) throw notFound({ ja: '相談員が見つかりません。', en: 'Counsellor not found.' });
  const hasTimes = Boolean(data.startsAt && data.endsAt);
  if ((data.kind === 'extra' && !hasTimes) || (hasTimes && data.startsAt! >= data.endsAt!)) {
    throw invalid('startsAt', {
      ja: '開始と終了の時刻を、開始が先になるように入力してください。',
      en: 'Enter a start and an end time, the start first.',
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertHoursException(trx, {
      tenantId: o.tenantId,
      officeId: bo.office.id,
      staffId: counsellor.id,
      onDate: data.onDate,
      kind: data.kind,
      startsAt: hasTimes ? data.startsAt! : null,
      endsAt: hasTimes ? data.endsAt! : null,
      reason: data.reason ?? null,
    });
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
      event: 'availability.exception_added',
      subject: { kind: 'staff', id: counsellor.id },
      data: { officeId: bo.office.id, onDate: data.onDate, kind: data.kind },
    });
    return row;
  });
}
