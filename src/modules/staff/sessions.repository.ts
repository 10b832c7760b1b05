import type { Db } from './staff.repository.ts';

// Staff sessions: the id is the SHA-256 of the cookie token.

export function insertSession(
  db: Db,
  s: {
    id: string;
    staffId: string;
    tenantId: string;
    now: Date;
    expiresAt: Date;
    secondFactorDone: boolean;
    userAgent: string | null;
  },
) {
  return db
    .insertInto('staff_sessions')
    .values({
      id: s.id,
      staff_id: s.staffId,
      tenant_id: s.tenantId,
      created_at: s.now,
      expires_at: s.expiresAt,
      last_seen_at: s.now,
      second_factor_done: s.secondFactorDone,
      user_agent: s.userAgent,
    })
    .execute();
}

/** last_seen_at is written at most once a minute, so most requests only read. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The per-request check, one statement on the primary key: the session is live (not past its
 * absolute end, not idle too long) and its person active; last_seen_at moves to now when it is
 * more than a minute old (the data-modifying CTE runs whether or not the select reads it).
 */
export function touchSession(db: Db, sessionId: string, now: Date, idleSince: Date) {
  return db
    .with('touched', (q) =>
      q
        .updateTable('staff_sessions')
        .set({ last_seen_at: now })
        .where('id', '=', sessionId)
        .where('expires_at', '>', now)
        .where('last_seen_at', '>', idleSince)
        .where('last_seen_at', '<', new Date(now.getTime() - TOUCH_EVERY_MS))
        .returning('id'),
    )
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .where('staff_sessions.id', '=', sessionId)
    .where('staff_sessions.expires_at', '>', now)
    .where('staff_sessions.last_seen_at', '>', idleSince)
    .where('staff.active', '=', true)
    .select([
      'staff_sessions.id as session_id',
      'staff_sessions.second_factor_done',
      'staff.id as staff_id',
      'staff.tenant_id',
      'staff.roles',
      'staff.office_ids',
      'staff.email',
      'staff.display_name',
      'staff.totp_enabled_at',
    ])
    .executeTakeFirst();
}

export function findSessionWithCredentials(db: Db, sessionId: string) {
  return db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .selectAll('staff')
    .select(['staff_sessions.second_factor_done', 'staff_sessions.expires_at'])
    .where('staff_sessions.id', '=', sessionId)
    .executeTakeFirst();
}

export function markSecondFactorDone(db: Db, sessionId: string) {
  return db
    .updateTable('staff_sessions')
    .set({ second_factor_done: true })
    .where('id', '=', sessionId)
    .execute();
}

export function deleteSession(db: Db, sessionId: string) {
  return db
    .deleteFrom('staff_sessions')
    .where('id', '=', sessionId)
    .returning(['staff_id', 'tenant_id'])
    .executeTakeFirst();
}

export function deleteSessionsOf(db: Db, staffId: string, except?: string) {
  let q = db.deleteFrom('staff_sessions').where('staff_id', '=', staffId);
  if (except) q = q.where('id', '<>', except);
  return q.execute();
}

/** Housekeeping at each login: the person's sessions that can no longer be used. */
export function deleteDeadSessionsOf(db: Db, staffId: string, now: Date, idleSince: Date) {
  return db
    .deleteFrom('staff_sessions')
    .where('staff_id', '=', staffId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}
