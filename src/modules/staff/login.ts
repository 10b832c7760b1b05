import { createHmac } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import { formatWallTime } from '../../kernel/time/zoned.ts';
import { parseInput } from '../../kernel/validation.ts';
import { verifyAgainstDecoy, verifyPassword } from './password-hash.ts';
import { deleteDeadSessionsOf } from './sessions.repository.ts';
import { openSession, requiresSecondFactor, SESSION_IDLE_MINUTES } from './sessions.ts';
import {
  countFailedLogin,
  countThrottledFailure,
  type Db,
  findStaffCredentialsByEmail,
  findThrottle,
  setLock,
  setThrottleLock,
} from './staff.repository.ts';
import { loginSchema, staffFieldLabels } from './staff.schema.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface LoginOptions {
  email: string;
  password: string;
  userAgent?: string | null;
}

/** 'verify': enter the TOTP code next; 'setup': set TOTP up first (admins and approvers without it). */
export type SecondFactorStep = 'none' | 'verify' | 'setup';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  staffId: string;
  tenantId: string;
  secondFactor: SecondFactorStep;
}

export const wrongCredentials = () =>
  new AppError('unauthenticated', {
    message: {
      ja: 'メールアドレスまたはパスワードが正しくありません。',
      en: 'The e-mail address or password is not correct.',
    },
  });

export const lockedOut = (until: Date) =>
  new AppError('locked', {
    message: {
      ja: `ログインに${MAX_FAILED_LOGINS}回続けて失敗したため、${LOCK_MINUTES}分間ロックしています。${formatWallTime(until, 'ja')} 以降にもう一度お試しください。`,
      en: `After ${MAX_FAILED_LOGINS} failed logins in a row the account is locked for ${LOCK_MINUTES} minutes. Please try again after ${formatWallTime(until, 'en')}.`,
    },
  });

/** Counts one failure for a real account; the fifth in a row locks it. Returns the lock's end, if any. */
export async function countStaffFailure(db: Db, staffId: string, now: Date): Promise<Date | null> {
  const failed = await countFailedLogin(db, staffId);
  if (failed < MAX_FAILED_LOGINS) return null;
  const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  await setLock(db, staffId, until);
  return until;
}

export async function login(ctx: AppContext, options: LoginOptions): Promise<LoginResult> {
  const { email, password } = parseInput(loginSchema, options, staffFieldLabels);
  const now = ctx.clock.now();
  const staff = await findStaffCredentialsByEmail(ctx.db, email);

  if (!staff?.active) {
    // Nobody (or nobody active) has this address: the same work, the same answers, the same lockout.
    await verifyAgainstDecoy(password);
    const emailHash = createHmac('sha256', ctx.config.SECRET_KEY)
      .update(`login:${email}`)
      .digest('base64url');
    const throttle = await findThrottle(ctx.db, emailHash);
    if (throttle?.locked_until && throttle.locked_until > now) throw lockedOut(throttle.locked_until);
    const lockedUntil = await ctx.db.transaction().execute(async (trx) => {
      const failed = await countThrottledFailure(trx, emailHash, now);
      if (failed < MAX_FAILED_LOGINS) return null;
      const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await setThrottleLock(trx, emailHash, until, now);
      return until;
    });
    throw lockedUntil ? lockedOut(lockedUntil) : wrongCredentials();
  }

  const passwordOk = await verifyPassword(staff.password_hash, password);
  const actor = { kind: 'system' } as const;
  const subject = { kind: 'staff', id: staff.id };
  if (staff.locked_until && staff.locked_until > now) {
    // Even the right password waits for the lock to end.
    throw lockedOut(staff.locked_until);
  }
  if (!passwordOk) {
    const lockedUntil = await ctx.db.transaction().execute(async (trx) => {
      const until = await countStaffFailure(trx, staff.id, now);
      await recordAudit(trx, ctx.clock, {
        tenantId: staff.tenant_id,
        actor,
        event: 'staff.login_failed',
        subject,
      });
      if (until) {
        await recordAudit(trx, ctx.clock, {
          tenantId: staff.tenant_id,
          actor,
          event: 'staff.locked',
          subject,
          data: { until: until.toISOString(), failures: MAX_FAILED_LOGINS },
        });
      }
      return until;
    });
    throw lockedUntil ? lockedOut(lockedUntil) : wrongCredentials();
  }

  const secondFactor: SecondFactorStep = staff.totp_enabled_at
    ? 'verify'
    : requiresSecondFactor(staff.roles)
      ? 'setup'
      : 'none';
  return ctx.db.transaction().execute(async (trx) => {
    await setLock(trx, staff.id, null);
    await deleteDeadSessionsOf(trx, staff.id, now, new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000));
    const session = await openSession(trx, ctx.clock, {
      staffId: staff.id,
      tenantId: staff.tenant_id,
      secondFactorDone: secondFactor === 'none',
      userAgent: options.userAgent ?? null,
    });
    await recordAudit(trx, ctx.clock, {
      tenantId: staff.tenant_id,
      actor: { kind: 'staff', id: staff.id, tenantId: staff.tenant_id },
      event: 'staff.login',
      subject,
      data: { secondFactor },
    });
    return { ...session, staffId: staff.id, tenantId: staff.tenant_id, secondFactor };
  });
}
