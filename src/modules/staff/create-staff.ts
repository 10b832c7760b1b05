import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, invalid, notFound } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { findOffice, findTenant } from '../tenants/index.ts';
import { hashPassword } from './password-hash.ts';
import { assertPasswordPolicy } from './password-policy.ts';
import { type Db, insertPasswordHistory, insertStaff, type StaffRow } from './staff.repository.ts';
import { type CreateStaffInput, createStaffSchema, staffFieldLabels } from './staff.schema.ts';

export interface CreateStaffOptions {
  actor: Actor;
  tenantId: string;
  input: CreateStaffInput | Record<string, unknown>;
  /** The demo seed gives its administrators a known TOTP secret, already enabled. */
  totpSecret?: string;
}

/** Turns office ids or slugs into ids of this tenant's offices; any other office is a field error. */
export async function resolveOfficeIds(db: Db, tenantId: string, refs: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) {
    const office = await findOffice(db, tenantId, ref);
    if (!office) {
      throw invalid('officeIds', {
        ja: `事業所「${ref}」は見つかりません。`,
        en: `There is no office "${ref}".`,
      });
    }
    if (!ids.includes(office.id)) ids.push(office.id);
  }
  return ids;
}

export async function createStaff(ctx: AppContext, options: CreateStaffOptions): Promise<StaffRow> {
  const data = parseInput(createStaffSchema, options.input, staffFieldLabels);
  // SNS-PASSWORD
  assertPasswordPolicy(data.password, [data.email, data.displayName]);
  const passwordHash = await hashPassword(data.password);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findTenant(trx, options.tenantId))) throw notFound();
    const officeIds = await resolveOfficeIds(trx, options.tenantId, data.officeIds ?? []);
    const staff = await insertStaff(trx, {
      tenantId: options.tenantId,
      email: data.email,
      displayName: data.displayName,
      roles: data.roles,
      officeIds,
      passwordHash,
      now,
      totpSecret: options.totpSecret ?? null,
      totpEnabledAt: options.totpSecret ? now : null,
    });
    if (!staff) {
      const message = {
        ja: 'このメールアドレスは既に登録されています。',
        en: 'This e-mail address is already registered.',
      };
      throw new AppError('conflict', { message, issues: [{ field: 'email', message }] });
    }
    await insertPasswordHistory(trx, staff.id, passwordHash, now);
    await recordAudit(trx, ctx.clock, {
      tenantId: options.tenantId,
      actor: options.actor,
      event: 'staff.created',
      ruleId: 'SNS-PASSWORD',
      subject: { kind: 'staff', id: staff.id },
      data: { roles: staff.roles, officeIds: staff.office_ids },
    });
    return staff;
  });
}
