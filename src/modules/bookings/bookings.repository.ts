import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { BookingChannel, CancelChannel } from './bookings.tables.ts';

type Db = Kysely<DB>;

export interface NewBooking {
  tenantId: string;
  officeId: string;
  counsellorId: string;
  jobSeekerId: string;
  startsAt: Date;
  endsAt: Date;
  name: string;
  email: string;
  interpreter: boolean;
  assistant: boolean;
  assistanceNote: string | null;
  channel: BookingChannel;
  createdBy: string | null;
  followsBookingId: string | null;
  meetingProvider: string;
  meetingUrl: string;
  environmentConfirmedAt: Date;
  now: Date;
}

/**
 * Takes the slot or does nothing: the partial unique indexes decide (no read-then-write). Returns the
 * new row, or undefined when the counsellor's slot or the job seeker's hour is already taken.
 */
export function insertBookingIfFree(db: Db, b: NewBooking) {
  return db
    .insertInto('bookings')
    .values({
      tenant_id: b.tenantId,
      office_id: b.officeId,
      counsellor_id: b.counsellorId,
      job_seeker_id: b.jobSeekerId,
      starts_at: b.startsAt,
      ends_at: b.endsAt,
      name: b.name,
      email: b.email,
      interpreter: b.interpreter,
      assistant: b.assistant,
      assistance_note: b.assistanceNote,
      channel: b.channel,
      created_by: b.createdBy,
      follows_booking_id: b.followsBookingId,
      meeting_provider: b.meetingProvider,
      meeting_url: b.meetingUrl,
      environment_confirmed_at: b.environmentConfirmedAt,
      created_at: b.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function setBookingConsent(db: Db, id: string, consentId: string, policyVersionId: string) {
  return db
    .updateTable('bookings')
    .set({ consent_id: consentId, policy_version_id: policyVersionId })
    .where('id', '=', id)
    .execute();
}

export type BookingRow = NonNullable<Awaited<ReturnType<typeof findBooking>>>;

export function findBooking(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('bookings as b')
    .innerJoin('job_seekers as j', 'j.id', 'b.job_seeker_id')
    .innerJoin('staff as s', 's.id', 'b.counsellor_id')
    .selectAll('b')
    .select(['j.number as job_seeker_number', 's.display_name as counsellor_name'])
    .where('b.tenant_id', '=', tenantId)
    .where('b.id', '=', id)
    .executeTakeFirst();
}

/** Sessions in a window, for the counsellor console. */
export function listSessions(
  db: Db,
  q: { tenantId: string; officeIds: string[] | null; counsellorId?: string; from: Date; to: Date },
) {
  let query = db
    .selectFrom('bookings as b')
    .innerJoin('job_seekers as j', 'j.id', 'b.job_seeker_id')
    .innerJoin('staff as s', 's.id', 'b.counsellor_id')
    .innerJoin('offices as o', 'o.id', 'b.office_id')
    .selectAll('b')
    .select([
      'j.number as job_seeker_number',
      's.display_name as counsellor_name',
      'o.slug as office_slug',
      'o.name_ja as office_name_ja',
      'o.name_en as office_name_en',
    ])
    .select((eb) =>
      eb
        .selectFrom('booking_contacts as c')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('c.booking_id', '=', 'b.id')
        .as('contacts'),
    )
    .where('b.tenant_id', '=', q.tenantId)
    .where('b.starts_at', '>=', q.from)
    .where('b.starts_at', '<', q.to);
  if (q.officeIds) query = query.where('b.office_id', 'in', q.officeIds.length ? q.officeIds : ['']);
  if (q.counsellorId) query = query.where('b.counsellor_id', '=', q.counsellorId);
  return query.orderBy('b.starts_at').orderBy('s.display_name').execute();
}

export function hasLiveBookingAt(db: Db, jobSeekerId: string, startsAt: Date) {
  return db
    .selectFrom('bookings')
    .select('id')
    .where('job_seeker_id', '=', jobSeekerId)
    .where('starts_at', '=', startsAt)
    .where('status', '=', 'booked')
    .executeTakeFirst();
}

export function markJoined(db: Db, id: string, at: Date) {
  return db
    .updateTable('bookings')
    .set({ joined_at: at })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .where('joined_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export function cancelBookingRow(
  db: Db,
  id: string,
  c: { at: Date; by: string | null; channel: CancelChannel; reason: string },
) {
  return db
    .updateTable('bookings')
    .set({
      status: c.channel === 'no_show' ? 'no_show' : 'cancelled',
      cancelled_at: c.at,
      cancelled_by: c.by,
      cancel_channel: c.channel,
      cancel_reason: c.reason,
    })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .returningAll()
    .executeTakeFirst();
}

/** BOOK-NOSHOW: cancels only when nobody joined and no contact was recorded; the update decides. */
export function markNoShowIfAbsent(db: Db, id: string, at: Date, startedBefore: Date) {
  return db
    .updateTable('bookings as b')
    .set({
      status: 'no_show',
      cancelled_at: at,
      cancel_channel: 'no_show',
      cancel_reason: 'not joined and no contact',
    })
    .where('b.id', '=', id)
    .where('b.status', '=', 'booked')
    .where('b.joined_at', 'is', null)
    .where('b.starts_at', '<=', startedBefore)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('booking_contacts as c').select('c.id').whereRef('c.booking_id', '=', 'b.id'))),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Live bookings past their no-show point (the periodic safety sweep). */
export async function listNoShowCandidates(db: Db, startedBefore: Date, limit = 500) {
  const rows = await db
    .selectFrom('bookings')
    .select(['id', 'tenant_id'])
    .where('status', '=', 'booked')
    .where('joined_at', 'is', null)
    .where('starts_at', '<=', startedBefore)
    .orderBy('starts_at')
    .limit(limit)
    .execute();
  return rows;
}

export function stopBookingRow(db: Db, id: string, s: { at: Date; by: string; reason: string }) {
  return db
    .updateTable('bookings')
    .set({ status: 'stopped', stopped_at: s.at, stopped_by: s.by, stop_reason: s.reason })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .returningAll()
    .executeTakeFirst();
}

export function insertContact(
  db: Db,
  c: { tenantId: string; bookingId: string; staffId: string; at: Date; note: string },
) {
  return db
    .insertInto('booking_contacts')
    .values({ tenant_id: c.tenantId, booking_id: c.bookingId, staff_id: c.staffId, at: c.at, note: c.note })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listContacts(db: Db, bookingId: string) {
  return db
    .selectFrom('booking_contacts as c')
    .innerJoin('staff as s', 's.id', 'c.staff_id')
    .select(['c.id', 'c.at', 'c.note', 's.display_name as staff_name'])
    .where('c.booking_id', '=', bookingId)
    .orderBy('c.at')
    .execute();
}

/** A job seeker's bookings, newest first (no-show history in the console). */
export function listJobSeekerBookings(db: Db, tenantId: string, jobSeekerId: string) {
  return db
    .selectFrom('bookings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('job_seeker_id', '=', jobSeekerId)
    .orderBy('starts_at', 'desc')
    .limit(100)
    .execute();
}

/** How many live bookings each counsellor has in a window (to spread new bookings evenly). */
export async function countLiveBookingsByCounsellor(db: Db, officeId: string, from: Date, to: Date) {
  const rows = await db
    .selectFrom('bookings')
    .select(['counsellor_id', sql<number>`count(*)::int`.as('n')])
    .where('office_id', '=', officeId)
    .where('status', '=', 'booked')
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .groupBy('counsellor_id')
    .execute();
  return new Map(rows.map((r) => [r.counsellor_id, Number(r.n)]));
}
