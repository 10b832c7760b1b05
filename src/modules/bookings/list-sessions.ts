import type { AppContext } from '../../context.ts';
import { notFound } from '../../kernel/errors.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { addDays, fromWallTime, toWallTime } from '../../kernel/time/zoned.ts';
import { findOffice } from '../tenants/index.ts';
import { listSessions as listSessionRows } from './bookings.repository.ts';

export interface ListSessionsOptions {
  principal: Principal | null;
  tenantId: string;
  /** 'YYYY-MM-DD' in Japan time; default today. */
  date?: string;
  office?: string;
  counsellorId?: string;
  zone?: string;
}

/** The counsellor console's day: sessions per office and counsellor, limited to the person's offices. */
export async function listDaySessions(ctx: AppContext, o: ListSessionsOptions) {
  const staff = authorize(o.principal, 'booking.read', { tenantId: o.tenantId });
  const zone = o.zone ?? 'Asia/Tokyo';
  const date = o.date ?? toWallTime(ctx.clock.now(), zone).date;
  let officeIds: string[] | null =
    staff.roles.includes('admin') || staff.officeIds.length === 0 ? null : [...staff.officeIds];
  if (o.office) {
    const office = await findOffice(ctx.db, o.tenantId, o.office);
    if (!office) throw notFound();
    authorize(staff, 'booking.read', { tenantId: o.tenantId, officeId: office.id });
    officeIds = [office.id];
  }
  const sessions = await listSessionRows(ctx.db, {
    tenantId: o.tenantId,
    officeIds,
    ...(o.counsellorId ? { counsellorId: o.counsellorId } : {}),
    from: fromWallTime(date, '00:00', zone),
    to: fromWallTime(addDays(date, 1), '00:00', zone),
  });
  return { date, sessions };
}
