import { type Kysely, sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DB } from '../../db/schema.ts';
import { documentInForceQuery } from '../policies/index.ts';
import { officeWithCalendarQuery } from '../tenants/index.ts';
import { exceptionsOf, hoursOf } from './availability.repository.ts';

type Db = Kysely<DB>;

/** What a booking needs to know of the job seeker who makes it (BOOK-ELIGIBLE, BOOK-REFUSE). */
export interface BookingJobSeeker {
  id: string;
  registration: 'registered' | 'online';
  refused: boolean;
}

export interface BookingContextQuery {
  tenantId: string;
  officeRef: string;
  termsKey: string;
  now: Date;
  startsAt: Date;
  jobSeekerNumber: string;
}

/**
 * Everything a booking decides on, in one round trip: the office with its calendar, the document in
 * force under `termsKey`, and for the day of `startsAt` in the tenant's zone (worked out by the
 * database from the tenant's row) that weekday's hours, that day's exceptions, each counsellor's
 * sessions that day counted, and the job seeker with the given number.
 */
export function findBookingContext(db: Db, q: BookingContextQuery) {
  const office = sql<string>`o.id`;
  const day = sql<string>`(${q.startsAt}::timestamptz AT TIME ZONE t.time_zone)::date`;
  const dayStart = sql<Date>`(${day}::timestamp AT TIME ZONE t.time_zone)`;
  const nextDayStart = sql<Date>`((${day} + 1)::timestamp AT TIME ZONE t.time_zone)`;
  return officeWithCalendarQuery(db, q.tenantId, q.officeRef)
    .leftJoinLateral(
      () => documentInForceQuery(db, q.tenantId, q.termsKey, q.now).as('terms'),
      (join) => join.onTrue(),
    )
    .select([
      'terms.id as terms_id',
      'terms.key as terms_key',
      'terms.third_party_terms as terms_third_party_terms',
      'terms.version_id as terms_version_id',
      'terms.version_label as terms_version_label',
      'terms.has_links as terms_has_links',
      hoursOf(db, office, sql<number>`extract(dow from ${day})::int`),
      exceptionsOf(db, office, day, day),
      jsonArrayFrom(
        db
          .selectFrom('bookings as b')
          .select([
            'b.counsellor_id as counsellorId',
            sql<number>`count(*)::int`.as('sessions'),
            sql<boolean>`bool_or(b.starts_at = ${q.startsAt})`.as('takenAt'),
          ])
          .where('b.office_id', '=', office)
          .where('b.status', '=', 'booked')
          .where('b.starts_at', '>=', dayStart)
          .where('b.starts_at', '<', nextDayStart)
          .groupBy('b.counsellor_id'),
      ).as('day'),
      jsonObjectFrom(
        db
          .selectFrom('job_seekers as j')
          .select(['j.id', 'j.registration', sql<boolean>`j.refused_at IS NOT NULL`.as('refused')])
          .where('j.tenant_id', '=', q.tenantId)
          .where('j.number', '=', q.jobSeekerNumber),
      ).as('jobSeeker'),
    ])
    .executeTakeFirst();
}
