import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, invalid } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { assertPasswordPolicy } from './password-policy.ts';
import { deleteSessionsOf } from './sessions.repository.ts';
import {
  findStaffCredentials,
  insertPasswordHistory,
  recentPasswordHashes,
  updatePasswordHash,
} from './staff.repository.ts';
import { changePasswordSchema, staffFieldLabels } from './staff.schema.ts';

/** SNS-PASSWORD: none of the last five passwords (the current one included) may come back. */
export const PASSWORD_HISTORY_DEPTH = 5;

export interface ChangePasswordOptions {
  staffId: string;
  current: string;
  next: string;
  /** The session making the change stays logged in; every other session of the person ends. */
  keepSessionId?: string | null;
}

export async function changePassword(ctx: AppContext, options: ChangePasswordOptions): Promise<void> {
  const data = parseInput(changePasswordSchema, options, staffFieldLabels);
  const staff = await findStaffCredentials(ctx.db, options.staffId);
  if (!staff?.active) throw new AppError('unauthenticated');
  if (!(await verifyPassword(staff.password_hash, data.current))) {
    throw invalid('current', {
      ja: '現在のパスワードが正しくありません。',
      en: 'The current password is not correct.',
    });
  }
  assertPasswordPolicy(data.next, [staff.email, staff.display_name], 'next');
  for (const previous of await recentPasswordHashes(ctx.db, staff.id, PASSWORD_HISTORY_DEPTH)) {
    if (await verifyPassword(previous, data.next)) {
      const message = {
        ja: `最近使った${PASSWORD_HISTORY_DEPTH}つのパスワードは使えません。`,
        en: `You cannot reuse any of your last ${PASSWORD_HISTORY_DEPTH} passwords.`,
      };
      throw new AppError('validation', {
        message,
        issues: [{ field: 'next', message }],
        ruleId: 'SNS-PASSWORD',
      });
    }
  }
  const passwordHash = await hashPassword(data.next);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, staff.id, passwordHash, now);
    await insertPasswordHistory(trx, staff.id, passwordHash, now);
    await deleteSessionsOf(trx, staff.id, options.keepSessionId ?? undefined);
    await recordAudit(trx, ctx.clock, {
      tenantId: staff.tenant_id,
      actor: { kind: 'staff', id: staff.id, tenantId: staff.tenant_id },
      event: 'staff.password_changed',
      ruleId: 'SNS-PASSWORD',
      subject: { kind: 'staff', id: staff.id },
    });
  });
}
