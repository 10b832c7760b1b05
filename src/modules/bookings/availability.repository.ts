import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DB } from '../../db/schema.ts';
import { documentInForceQuery } from '../policies/index.ts';
import { officeWithCalendarQuery } from '../tenants/index.ts';
import type { HoursException, WeeklyHours } from './slots.ts';

type Db = Kysely<DB>;

export interface OfficeAvailability {
  hours: WeeklyHours[];
  exceptions: HoursException[];
  /** Live bookings' (counsellor, start) in the window: the slots already taken. */
  taken: { counsellorId: string; startsAt: Date }[];
}

/** What a booking needs to know of the job seeker who makes it (BOOK-ELIGIBLE, BOOK-REFUSE). */
export interface BookingJobSeeker {
  id: string;
  registration: 'registered' | 'online';
  refused: boolean;
}

type Eb = ExpressionBuilder<DB, never>;

/** Weekly hours of the office's active counsellors (staff with the role), of some weekdays or all. */
function hoursOf(eb: Eb, officeId: string, weekdays?: number[]) {
  return jsonArrayFrom(
    eb
      .selectFrom('counsellor_hours as h')
      .innerJoin('staff as s', 's.id', 'h.staff_id')
      .select(['h.staff_id as staffId', 'h.weekday', 'h.starts_at as startsAt', 'h.ends_at as endsAt'])
      .where('h.office_id', '=', officeId)
      .$if(weekdays !== undefined, (w) => w.where('h.weekday', 'in', weekdays!))
      .where('s.active', '=', true)
      .where(sql<boolean>`'counsellor' = ANY(s.roles)`),
  ).as('hours');
}

/** Dated exceptions to those hours from `fromDate` to `toDate`. */
function exceptionsOf(eb: Eb, officeId: string, fromDate: string, toDate: string) {
  return jsonArrayFrom(
    eb
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
    .selectNoFrom((eb) => [
      hoursOf(eb, q.officeId),
      exceptionsOf(eb, q.officeId, q.fromDate, q.toDate),
      jsonArrayFrom(
        eb
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

/** Per counsellor with live sessions that day: how many, and whether one starts at the booked time. */
export interface CounsellorDay {
  counsellorId: string;
  sessions: number;
  takenAt: boolean;
}

/**
 * What one booking decides on, in one round trip: that weekday's hours and that day's exceptions, each
 * counsellor's sessions that day counted by the database (not listed), and the job seeker with the
 * given number (null if none).
 */
export async function loadBookingChoice(
  db: Db,
  q: {
    officeId: string;
    date: string;
    weekday: number;
    dayFrom: Date;
    dayTo: Date;
    at: Date;
    jobSeeker: { tenantId: string; number: string };
  },
): Promise<Omit<OfficeAvailability, 'taken'> & { day: CounsellorDay[]; jobSeeker: BookingJobSeeker | null }> {
  const row = await db
    .selectNoFrom((eb) => [
      hoursOf(eb, q.officeId, [q.weekday]),
      exceptionsOf(eb, q.officeId, q.date, q.date),
      jsonArrayFrom(
        eb
          .selectFrom('bookings as b')
          .select([
            'b.counsellor_id as counsellorId',
            sql<number>`count(*)::int`.as('sessions'),
            sql<boolean>`bool_or(b.starts_at = ${q.at})`.as('takenAt'),
          ])
          .where('b.office_id', '=', q.officeId)
          .where('b.status', '=', 'booked')
          .where('b.starts_at', '>=', q.dayFrom)
          .where('b.starts_at', '<', q.dayTo)
          .groupBy('b.counsellor_id'),
      ).as('day'),
      jsonObjectFrom(
        eb
          .selectFrom('job_seekers as j')
          .select(['j.id', 'j.registration', sql<boolean>`j.refused_at IS NOT NULL`.as('refused')])
          .where('j.tenant_id', '=', q.jobSeeker.tenantId)
          .where('j.number', '=', q.jobSeeker.number),
      ).as('jobSeeker'),
    ])
    .executeTakeFirstOrThrow();
  return { hours: row.hours, exceptions: row.exceptions, day: row.day, jobSeeker: row.jobSeeker };
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

/** The office with its calendar, and the document in force under `termsKey`: a booking's first read. */
export function findOfficeWithTerms(
  db: Db,
  q: { tenantId: string; officeRef: string; termsKey: string; at: Date },
) {
  return officeWithCalendarQuery(db, q.tenantId, q.officeRef)
    .leftJoinLateral(
      () => documentInForceQuery(db, q.tenantId, q.termsKey, q.at).as('terms'),
      (join) => join.onTrue(),
    )
    .select([
      'terms.id as terms_id',
      'terms.key as terms_key',
      'terms.third_party_terms as terms_third_party_terms',
      'terms.version_id as terms_version_id',
      'terms.version_label as terms_version_label',
      'terms.has_links as terms_has_links',
    ])
    .executeTakeFirst();
}
