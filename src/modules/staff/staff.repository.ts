import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Role } from '../../kernel/policy/authorize.ts';

export type Db = Kysely<DB>;

/** What leaves the staff area about a person: never the hash or the TOTP secret. */
export const publicStaffColumns = [
  'id',
  'tenant_id',
  'email',
  'display_name',
  'roles',
  'office_ids',
  'active',
  'totp_enabled_at',
  'locked_until',
  'password_changed_at',
  'created_at',
] as const;

export interface StaffRow {
  id: string;
  tenant_id: string;
  email: string;
  display_name: string;
  roles: Role[];
  office_ids: string[];
  active: boolean;
  totp_enabled_at: Date | null;
  locked_until: Date | null;
  password_changed_at: Date;
  created_at: Date;
}

export interface NewStaffRow {
  tenantId: string;
  email: string;
  displayName: string;
  roles: Role[];
  officeIds: string[];
  passwordHash: string;
  now: Date;
  totpSecret?: string | null;
  totpEnabledAt?: Date | null;
}

/** Inserts unless the e-mail is taken (then undefined). */
export function insertStaff(db: Db, s: NewStaffRow): Promise<StaffRow | undefined> {
  return db
    .insertInto('staff')
    .values({
      tenant_id: s.tenantId,
      email: s.email,
      display_name: s.displayName,
      roles: s.roles,
      office_ids: s.officeIds,
      password_hash: s.passwordHash,
      password_changed_at: s.now,
      totp_secret: s.totpSecret ?? null,
      totp_enabled_at: s.totpEnabledAt ?? null,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning(publicStaffColumns)
    .executeTakeFirst();
}

/** The whole row, credentials included: only for the login and password use-cases. */
export function findStaffCredentialsByEmail(db: Db, email: string) {
  return db.selectFrom('staff').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findStaffCredentials(db: Db, staffId: string) {
  return db.selectFrom('staff').selectAll().where('id', '=', staffId).executeTakeFirst();
}

export function findStaffByEmail(db: Db, email: string): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff')
    .select(publicStaffColumns)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export function findStaff(db: Db, tenantId: string, staffId: string): Promise<StaffRow | undefined> {
  return db
    .selectFrom('staff')
    .select(publicStaffColumns)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', staffId)
    .executeTakeFirst();
}

export function selectStaff(db: Db, tenantId: string): Promise<StaffRow[]> {
  return db
    .selectFrom('staff')
    .select(publicStaffColumns)
    .where('tenant_id', '=', tenantId)
    .orderBy('active', 'desc')
    .orderBy('display_name')
    .execute();
}

export function updateStaffAccess(
  db: Db,
  tenantId: string,
  staffId: string,
  change: { roles?: Role[]; officeIds?: string[]; active?: boolean },
): Promise<StaffRow | undefined> {
  return db
    .updateTable('staff')
    .set({
      ...(change.roles ? { roles: change.roles } : {}),
      ...(change.officeIds ? { office_ids: change.officeIds } : {}),
      ...(change.active === undefined ? {} : { active: change.active }),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', staffId)
    .returning(publicStaffColumns)
    .executeTakeFirst();
}

// --- failed logins and lockout ---

export async function countFailedLogin(db: Db, staffId: string): Promise<number> {
  const row = await db
    .updateTable('staff')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
    .where('id', '=', staffId)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return row.failed_logins;
}

export function setLock(db: Db, staffId: string, lockedUntil: Date | null) {
  return db
    .updateTable('staff')
    .set({ failed_logins: 0, locked_until: lockedUntil })
    .where('id', '=', staffId)
    .execute();
}

export function findThrottle(db: Db, emailHash: string) {
  return db
    .selectFrom('staff_login_throttle')
    .selectAll()
    .where('email_hash', '=', emailHash)
    .executeTakeFirst();
}

export async function countThrottledFailure(db: Db, emailHash: string, now: Date): Promise<number> {
  const row = await db
    .insertInto('staff_login_throttle')
    .values({ email_hash: emailHash, failed_logins: 1, updated_at: now })
    .onConflict((oc) =>
      oc.column('email_hash').doUpdateSet((eb) => ({
        failed_logins: eb('staff_login_throttle.failed_logins', '+', 1),
        updated_at: now,
      })),
    )
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return row.failed_logins;
}

export function setThrottleLock(db: Db, emailHash: string, lockedUntil: Date, now: Date) {
  return db
    .updateTable('staff_login_throttle')
    .set({ failed_logins: 0, locked_until: lockedUntil, updated_at: now })
    .where('email_hash', '=', emailHash)
    .execute();
}

// --- passwords ---

export function updatePasswordHash(db: Db, staffId: string, passwordHash: string, now: Date) {
  return db
    .updateTable('staff')
    .set({ password_hash: passwordHash, password_changed_at: now })
    .where('id', '=', staffId)
    .execute();
}

export function insertPasswordHistory(db: Db, staffId: string, passwordHash: string, now: Date) {
  return db
    .insertInto('staff_password_history')
    .values({ staff_id: staffId, password_hash: passwordHash, created_at: now })
    .execute();
}

export async function recentPasswordHashes(db: Db, staffId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_password_history')
    .select('password_hash')
    .where('staff_id', '=', staffId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.password_hash);
}

// --- TOTP ---

export function setTotpSecret(db: Db, staffId: string, secret: string) {
  return db
    .updateTable('staff')
    .set({ totp_secret: secret, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', staffId)
    .execute();
}

export function clearTotp(db: Db, tenantId: string, staffId: string) {
  return db
    .updateTable('staff')
    .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', staffId)
    .executeTakeFirst();
}

/** Records the accepted step; false when a concurrent request already used this step (a replay). */
export async function useTotpStep(db: Db, staffId: string, step: number, enableAt: Date | null) {
  const result = await db
    .updateTable('staff')
    .set((eb) => ({
      totp_last_step: step,
      failed_logins: 0,
      ...(enableAt ? { totp_enabled_at: eb.fn.coalesce('totp_enabled_at', eb.val(enableAt)) } : {}),
    }))
    .where('id', '=', staffId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
