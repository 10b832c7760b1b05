import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, invalid } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { countStaffFailure, lockedOut } from './login.ts';
import { deleteSessionsOf, findSessionWithCredentials, markSecondFactorDone } from './sessions.repository.ts';
import { setTotpSecret, useTotpStep } from './staff.repository.ts';
import { staffFieldLabels, totpCodeSchema } from './staff.schema.ts';
import { matchTotp, newTotpSecret, totpUri } from './totp.ts';

export interface SecondFactorState {
  /** The session still waits for a TOTP code. */
  pending: boolean;
  totpEnabled: boolean;
  /** Present while TOTP is being set up: show it to the person (as text and otpauth:// URI). */
  setup: { secret: string; uri: string } | null;
}

async function sessionOrThrow(ctx: AppContext, sessionId: string) {
  const row = await findSessionWithCredentials(ctx.db, sessionId);
  if (!row?.active || row.expires_at <= ctx.clock.now()) throw new AppError('unauthenticated');
  return row;
}

/**
 * Where the session stands with TOTP. Without TOTP, a secret is created (once; reloading shows the
 * same one) so the person can add it to an authenticator app and confirm it with a code.
 */
export async function secondFactorState(
  ctx: AppContext,
  { sessionId }: { sessionId: string },
): Promise<SecondFactorState> {
  const row = await sessionOrThrow(ctx, sessionId);
  const pending = !row.second_factor_done;
  if (row.totp_enabled_at) return { pending, totpEnabled: true, setup: null };
  let secret = row.totp_secret;
  if (!secret) {
    secret = newTotpSecret();
    await setTotpSecret(ctx.db, row.id, secret);
  }
  return { pending, totpEnabled: false, setup: { secret, uri: totpUri(row.email, secret) } };
}

/**
 * Checks a TOTP code for the session: completes a pending login, and on first use turns TOTP on.
 * Wrong codes count towards the same lockout as wrong passwords.
 */
export async function verifySecondFactor(
  ctx: AppContext,
  { sessionId, code }: { sessionId: string; code: unknown },
): Promise<{ enabledNow: boolean }> {
  const data = parseInput(totpCodeSchema, { code }, staffFieldLabels);
  const row = await sessionOrThrow(ctx, sessionId);
  const now = ctx.clock.now();
  if (row.locked_until && row.locked_until > now) throw lockedOut(row.locked_until);
  if (!row.totp_secret)
    throw invalid('code', {
      ja: '確認コードの設定を先に行ってください。',
      en: 'Set up the verification code first.',
    });
  const tenantId = row.tenant_id;
  const subject = { kind: 'staff', id: row.id };
  const actor = { kind: 'staff', id: row.id, tenantId } as const;
  const step = await matchTotp(row.totp_secret, data.code, ctx.clock, row.totp_last_step);
  const enabling = !row.totp_enabled_at;

  const outcome = await ctx.db.transaction().execute(async (trx) => {
    if (step !== null && (await useTotpStep(trx, row.id, step, enabling ? now : null))) {
      await markSecondFactorDone(trx, sessionId);
      if (enabling)
        await recordAudit(trx, ctx.clock, { tenantId, actor, event: 'staff.totp_enabled', subject });
      await recordAudit(trx, ctx.clock, { tenantId, actor, event: 'staff.second_factor', subject });
      return { ok: true as const };
    }
    const until = await countStaffFailure(trx, row.id, now);
    await recordAudit(trx, ctx.clock, { tenantId, actor, event: 'staff.second_factor_failed', subject });
    if (until) {
      await deleteSessionsOf(trx, row.id);
      await recordAudit(trx, ctx.clock, {
        tenantId,
        actor: { kind: 'system' },
        event: 'staff.locked',
        subject,
        data: { until: until.toISOString() },
      });
    }
    return { ok: false as const, until };
  });
  if (!outcome.ok) {
    if (outcome.until) throw lockedOut(outcome.until);
    throw invalid('code', {
      ja: '確認コードが正しくないか、有効期限が切れています。',
      en: 'The verification code is wrong or has expired.',
    });
  }
  return { enabledNow: enabling };
}
