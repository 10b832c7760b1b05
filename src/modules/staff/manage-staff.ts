import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, notFound } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { resolveOfficeIds } from './create-staff.ts';
import { deleteSessionsOf } from './sessions.repository.ts';
import {
  findStaff,
  findStaffByEmail,
  type StaffRow,
  selectStaff,
  updateStaffAccess,
} from './staff.repository.ts';
import { staffFieldLabels, updateStaffRolesSchema } from './staff.schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id that cannot exist is "not found", never a database error. */
const assertStaffId = (staffId: string) => {
  if (!UUID.test(staffId)) throw notFound();
};

export async function getStaff(
  ctx: AppContext,
  { tenantId, staffId }: { tenantId: string; staffId: string },
) {
  assertStaffId(staffId);
  const staff = await findStaff(ctx.db, tenantId, staffId);
  if (!staff) throw notFound();
  return staff;
}

export function getStaffByEmail(ctx: AppContext, email: string): Promise<StaffRow | undefined> {
  return findStaffByEmail(ctx.db, email);
}

export function listStaff(ctx: AppContext, { tenantId }: { tenantId: string }): Promise<StaffRow[]> {
  return selectStaff(ctx.db, tenantId);
}

export interface UpdateStaffRolesOptions {
  actor: Actor;
  tenantId: string;
  staffId: string;
  input: unknown;
}

/** Changes what a person may do. Their open sessions end, so the new roles apply at the next login. */
export async function updateStaffRoles(ctx: AppContext, o: UpdateStaffRolesOptions): Promise<StaffRow> {
  assertStaffId(o.staffId);
  if (o.actor.kind === 'staff' && o.actor.id === o.staffId) {
    // Another administrator must do it, so nobody removes the last admin rights by accident.
    throw new AppError('forbidden', {
      message: { ja: '自分自身の役割は変更できません。', en: 'You cannot change your own roles.' },
    });
  }
  const data = parseInput(updateStaffRolesSchema, o.input, staffFieldLabels);
  return ctx.db.transaction().execute(async (trx) => {
    const officeIds = data.officeIds ? await resolveOfficeIds(trx, o.tenantId, data.officeIds) : undefined;
    const staff = await updateStaffAccess(trx, o.tenantId, o.staffId, {
      roles: data.roles,
      ...(officeIds ? { officeIds } : {}),
    });
    if (!staff) throw notFound();
    await deleteSessionsOf(trx, staff.id);
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: o.actor,
      event: 'staff.roles_changed',
      subject: { kind: 'staff', id: staff.id },
      data: { roles: staff.roles, officeIds: staff.office_ids },
    });
    return staff;
  });
}

export interface DeactivateStaffOptions {
  actor: Actor;
  tenantId: string;
  staffId: string;
}

/** Ends a person's access at once: no login, every session closed. The record stays for the audit trail. */
export async function deactivateStaff(ctx: AppContext, o: DeactivateStaffOptions): Promise<StaffRow> {
  assertStaffId(o.staffId);
  if (o.actor.kind === 'staff' && o.actor.id === o.staffId) {
    throw new AppError('forbidden', {
      message: { ja: '自分自身を無効にすることはできません。', en: 'You cannot deactivate yourself.' },
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const staff = await updateStaffAccess(trx, o.tenantId, o.staffId, { active: false });
    if (!staff) throw notFound();
    await deleteSessionsOf(trx, staff.id);
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: o.actor,
      event: 'staff.deactivated',
      subject: { kind: 'staff', id: staff.id },
    });
    return staff;
  });
}
