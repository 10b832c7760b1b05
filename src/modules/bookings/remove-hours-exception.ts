import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { notFound } from '../../kernel/errors.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { deleteHoursException } from './availability.repository.ts';

export interface RemoveHoursExceptionOptions {
  principal: Principal | null;
  tenantId: string;
  exceptionId: string;
}

/** Takes back a dated exception (the leave was cancelled, the extra afternoon is not needed). */
export async function removeHoursException(ctx: AppContext, o: RemoveHoursExceptionOptions) {
  const staff = authorize(o.principal, 'availability.manage', { tenantId: o.tenantId });
  if (!/^[0-9a-f-]{36}$/.test(o.exceptionId)) throw notFound();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await deleteHoursException(trx, o.tenantId, o.exceptionId);
    // Another office's manager sees the same answer as for an id that does not exist.
    if (!row) throw notFound();
    authorize(o.principal, 'availability.manage', { tenantId: o.tenantId, officeId: row.office_id });
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'staff', id: staff.staffId, tenantId: staff.tenantId },
      event: 'availability.exception_removed',
      subject: { kind: 'staff', id: row.staff_id },
      data: { officeId: row.office_id, onDate: row.on_date, kind: row.kind },
    });
    return row;
  });
}
