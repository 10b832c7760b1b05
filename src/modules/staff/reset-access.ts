import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, notFound } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { PASSWORD_HISTORY_DEPTH } from './change-password.ts';
import { getStaff } from './manage-staff.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { assertPasswordPolicy } from './password-policy.ts';
import { deleteSessionsOf } from './sessions.repository.ts';
import {
  clearTotp,
  insertPasswordHistory,
  recentPasswordHashes,
  setLock,
  updatePasswordHash,
} from './staff.repository.ts';
import { createStaffSchema, staffFieldLabels } from './staff.schema.ts';

// An administrator helps a colleague who lost their phone or forgot their password. Both end the
// person's sessions; after a TOTP reset, admins and approvers set it up again at their next login.

export interface ResetAccessOptions {
  actor: Actor;
  tenantId: string;
  staffId: string;
}

function refuseSelf(o: ResetAccessOptions) {
  if (o.actor.kind === 'staff' && o.actor.id === o.staffId) {
    throw new AppError('forbidden', {
      message: {
        ja: '自分自身の認証情報はここでは再設定できません。',
        en: 'You cannot reset your own credentials here.',
      },
    });
  }
}

export async function resetSecondFactor(ctx: AppContext, o: ResetAccessOptions): Promise<void> {
  refuseSelf(o);
  await getStaff(ctx, o);
  await ctx.db.transaction().execute(async (trx) => {
    const result = await clearTotp(trx, o.tenantId, o.staffId);
    if (Number(result?.numUpdatedRows ?? 0) !== 1) throw notFound();
    await deleteSessionsOf(trx, o.staffId);
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: o.actor,
      event: 'staff.totp_reset',
      subject: { kind: 'staff', id: o.staffId },
    });
  });
}

const passwordOnly = createStaffSchema.pick({ password: true });

/** SNS-PASSWORD applies as for the person's own change, and the lock (if any) is lifted. */
export async function setStaffPassword(ctx: AppContext, o: ResetAccessOptions & { password: unknown }) {
  refuseSelf(o);
  const { password } = parseInput(passwordOnly, { password: o.password }, staffFieldLabels);
  const staff = await getStaff(ctx, o);
  assertPasswordPolicy(password, [staff.email, staff.display_name]);
  for (const previous of await recentPasswordHashes(ctx.db, staff.id, PASSWORD_HISTORY_DEPTH)) {
    if (await verifyPassword(previous, password)) {
      const message = {
        ja: `この職員が最近使った${PASSWORD_HISTORY_DEPTH}つのパスワードは使えません。`,
        en: `None of this person's last ${PASSWORD_HISTORY_DEPTH} passwords can be used.`,
      };
      throw new AppError('validation', {
        message,
        issues: [{ field: 'password', message }],
        ruleId: 'SNS-PASSWORD',
      });
    }
  }
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, staff.id, passwordHash, now);
    await insertPasswordHistory(trx, staff.id, passwordHash, now);
    await setLock(trx, staff.id, null);
    await deleteSessionsOf(trx, staff.id);
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: o.actor,
      event: 'staff.password_reset',
      ruleId: 'SNS-PASSWORD',
      subject: { kind: 'staff', id: staff.id },
    });
  });
}
