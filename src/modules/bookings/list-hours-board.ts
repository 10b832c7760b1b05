import type { AppContext } from '../../context.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { toWallTime } from '../../kernel/time/zoned.ts';
import { getTenantSettings, listOffices } from '../tenants/index.ts';
import {
  listCounsellorExceptions,
  listCounsellorHours,
  listCounsellorNames,
} from './availability.repository.ts';

/**
 * Counsellors' weekly hours and their dated exceptions from today on, per office the person may
 * manage, for the hours page.
 */
export async function listHoursBoard(ctx: AppContext, o: { principal: Principal | null; tenantId: string }) {
  const staff = authorize(o.principal, 'availability.manage', { tenantId: o.tenantId });
  const visible = (id: string) =>
    staff.roles.includes('admin') || staff.officeIds.length === 0 || staff.officeIds.includes(id);
  const { zone } = await getTenantSettings(ctx.db, o.tenantId);
  const today = toWallTime(ctx.clock.now(), zone).date;
  const offices = (await listOffices(ctx.db, o.tenantId)).filter((office) => visible(office.id));
  const counsellors = await listCounsellorNames(ctx.db, o.tenantId);
  return Promise.all(
    offices.map(async (office) => ({
      office,
      counsellors: await Promise.all(
        counsellors
          .filter((s) => s.office_ids.length === 0 || s.office_ids.includes(office.id))
          .map(async (s) => ({
            ...s,
            hours: await listCounsellorHours(ctx.db, office.id, s.id),
            exceptions: await listCounsellorExceptions(ctx.db, office.id, s.id, today),
          })),
      ),
    })),
  );
}
