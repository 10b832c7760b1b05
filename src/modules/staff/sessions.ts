import { createHash, randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Principal, Role } from '../../kernel/policy/authorize.ts';
import type { Clock } from '../../kernel/time/clock.ts';
import { deleteSession, insertSession, touchSession } from './sessions.repository.ts';
import type { Db } from './staff.repository.ts';

export const SESSION_IDLE_MINUTES = 120;
export const SESSION_ABSOLUTE_MINUTES = 12 * 60;

/** Admins and approvers must give a second factor (TOTP) after their password. */
export const requiresSecondFactor = (roles: readonly Role[]) =>
  roles.includes('admin') || roles.includes('approver');

/** The cookie carries a random token; the database keeps only its SHA-256, so a leaked table opens nothing. */
export const newSessionToken = () => randomBytes(32).toString('base64url');
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function openSession(
  db: Db,
  clock: Clock,
  s: { staffId: string; tenantId: string; secondFactorDone: boolean; userAgent?: string | null },
) {
  const token = newSessionToken();
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MINUTES * 60_000);
  await insertSession(db, {
    id: sessionIdOf(token),
    staffId: s.staffId,
    tenantId: s.tenantId,
    now,
    expiresAt,
    secondFactorDone: s.secondFactorDone,
    userAgent: s.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

export interface StaffSession {
  sessionId: string;
  /** Null while the second factor is pending: such a session may only finish logging in. */
  principal: Principal | null;
  secondFactorDone: boolean;
  email: string;
  displayName: string;
  totpEnabled: boolean;
}

/** Looks up the session behind a cookie token and keeps it alive: one statement on the primary key. */
export async function findSession(db: Db, clock: Clock, token: string): Promise<StaffSession | null> {
  if (!token || token.length > 100) return null;
  const now = clock.now();
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000);
  const row = await touchSession(db, sessionIdOf(token), now, idleSince);
  if (!row) return null;
  return {
    sessionId: row.session_id,
    principal: row.second_factor_done
      ? { staffId: row.staff_id, tenantId: row.tenant_id, roles: row.roles, officeIds: row.office_ids }
      : null,
    secondFactorDone: row.second_factor_done,
    email: row.email,
    displayName: row.display_name,
    totpEnabled: row.totp_enabled_at !== null,
  };
}

/** The logged-in person behind a token, or null (unknown, expired, idle, or second factor pending). */
export async function resolveSession(db: Db, clock: Clock, token: string): Promise<Principal | null> {
  return (await findSession(db, clock, token))?.principal ?? null;
}

export async function logout(ctx: AppContext, { sessionId }: { sessionId: string }): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const ended = await deleteSession(trx, sessionId);
    if (!ended) return;
    await recordAudit(trx, ctx.clock, {
      tenantId: ended.tenant_id,
      actor: { kind: 'staff', id: ended.staff_id, tenantId: ended.tenant_id },
      event: 'staff.logout',
      subject: { kind: 'staff', id: ended.staff_id },
    });
  });
}
