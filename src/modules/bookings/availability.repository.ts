import { type Expression, type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB } from '../../db/schema.ts';
import type { HoursException, WeeklyHours } from './slots.ts';

type Db = Kysely<DB>;

export interface OfficeAvailability {
  hours: WeeklyHours[];
  exceptions: HoursException[];
  /** Live bookings' (counsellor, start) in the window: the slots already taken. */
  taken: { counsellorId: string; startsAt: Date }[];
}

/** A value, or an SQL expression for one (a column of the query this is part of). */
export type ValueOrSql<T> = T | Expression<T>;

/** Weekly hours of the office's active counsellors (staff with the role), of one weekday or all. */
export function hoursOf(db: Db, officeId: ValueOrSql<string>, weekday?: ValueOrSql<number>) {
  return jsonArrayFrom(
    db
      .selectFrom('counsellor_hours as h')
      .innerJoin('staff as s', 's.id', 'h.staff_id')
      .select(['h.staff_id as staffId', 'h.weekday', 'h.starts_at as startsAt', 'h.ends_at as endsAt'])
      .where('h.office_id', '=', officeId)
      .$if(weekday !== undefined, (w) => w.where('h.weekday', '=', weekday!))
      .where('s.active', '=', true)
      .where(sql<boolean>`'counsellor' = ANY(s.roles)`),
  ).as('hours');
}

/** Dated exceptions to those hours from `fromDate` to `toDate`. */
export function exceptionsOf(
  db: Db,
  officeId: ValueOrSql<string>,
  fromDate: ValueOrSql<string>,
  toDate: ValueOrSql<string>,
) {
  return jsonArrayFrom(
    db
      .selectFrom('counsellor_exceptions as e')
      .select([
        'e.staff_id as staffId',
        'e.on_date as onDate',
        'e.kind',
        'e.starts_at as startsAt',
        'e.ends_at as endsAt',
      ])
      .where('e.office_id', '=', officeId)
      .where('e.on_date', '>=', fromDate)
      .where('e.on_date', '<=', toDate),
  ).as('exceptions');
}

/**
 * What slot computation reads, in one round trip: the weekly hours of active counsellors at the
 * office, their dated exceptions from `fromDate` to `toDate`, and the live bookings between the two
 * instants.
 */
export async function loadOfficeAvailability(
  db: Db,
  q: { officeId: string; fromDate: string; toDate: string; from: Date; to: Date },
): Promise<OfficeAvailability> {
  const row = await db
    .selectNoFrom([
      hoursOf(db, q.officeId),
      exceptionsOf(db, q.officeId, q.fromDate, q.toDate),
      jsonArrayFrom(
        db
          .selectFrom('bookings as b')
          .select(['b.counsellor_id as counsellorId', 'b.starts_at as startsAt'])
          .where('b.office_id', '=', q.officeId)
          .where('b.status', '=', 'booked')
          .where('b.starts_at', '>=', q.from)
          .where('b.starts_at', '<', q.to),
      ).as('taken'),
    ])
    .executeTakeFirstOrThrow();
  return {
    hours: row.hours,
    exceptions: row.exceptions,
    // JSON carries instants as text.
    taken: row.taken.map((t) => ({ counsellorId: t.counsellorId, startsAt: new Date(t.startsAt) })),
  };
}

export function listCounsellorHours(db: Db, officeId: string, staffId: string) {
  return db
    .selectFrom('counsellor_hours')
    .selectAll()
    .where('office_id', '=', officeId)
    .where('staff_id', '=', staffId)
    .orderBy('weekday')
    .orderBy('starts_at')
    .execute();
}

export async function replaceCounsellorHours(
  db: Db,
  scope: { tenantId: string; officeId: string; staffId: string },
  rows: { weekday: number; startsAt: string; endsAt: string }[],
): Promise<void> {
  await db
    .deleteFrom('counsellor_hours')
    .where('office_id', '=', scope.officeId)
    .where('staff_id', '=', scope.staffId)
    .execute();
  if (rows.length === 0) return;
  await db
    .insertInto('counsellor_hours')
    .values(
      rows.map((r) => ({
        tenant_id: scope.tenantId,
        office_id: scope.officeId,
        staff_id: scope.staffId,
        weekday: r.weekday,
        starts_at: r.startsAt,
        ends_at: r.endsAt,
      })),
    )
    .execute();
}

export function insertHoursException(
  db: Db,
  e: {
    tenantId: string;
    officeId: string;
    staffId: string;
    onDate: string;
    kind: 'off' | 'extra';
    startsAt: string | null;
    endsAt: string | null;
    reason: string | null;
  },
) {
  return db
    .insertInto('counsellor_exceptions')
    .values({
      tenant_id: e.tenantId,
      office_id: e.officeId,
      staff_id: e.staffId,
      on_date: e.onDate,
      kind: e.kind,
      starts_at: e.startsAt,
      ends_at: e.endsAt,
      reason: e.reason,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A counsellor's exceptions at one office from a date on, for the hours page. */
export function listCounsellorExceptions(db: Db, officeId: string, staffId: string, fromDate: string) {
  return db
    .selectFrom('counsellor_exceptions')
    .select(['id', 'on_date', 'kind', 'starts_at', 'ends_at', 'reason'])
    .where('office_id', '=', officeId)
    .where('staff_id', '=', staffId)
    .where('on_date', '>=', fromDate)
    .orderBy('on_date')
    .orderBy('starts_at')
    .execute();
}

export function deleteHoursException(db: Db, tenantId: string, id: string) {
  return db
    .deleteFrom('counsellor_exceptions')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(['id', 'office_id', 'staff_id', 'on_date', 'kind'])
    .executeTakeFirst();
}

/** The counsellor, if they are active staff of the tenant with the counsellor role. */
export function findCounsellor(db: Db, tenantId: string, staffId: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'display_name', 'office_ids'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', staffId)
    .where('active', '=', true)
    .where(sql<boolean>`'counsellor' = ANY(roles)`)
    .executeTakeFirst();
}

export function listCounsellorNames(db: Db, tenantId: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'display_name', 'office_ids'])
    .where('tenant_id', '=', tenantId)
    .where('active', '=', true)
    .where(sql<boolean>`'counsellor' = ANY(roles)`)
    .orderBy('display_name')
    .execute();
}
