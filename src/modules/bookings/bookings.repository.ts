import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CancelChannel } from './bookings.tables.ts';

type Db = Kysely<DB>;

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

/** A job seeker's live sessions starting after `after`, cancelled at once (BOOK-REFUSE); earliest first. */
export async function cancelUpcomingBookingsOf(
  db: Db,
  jobSeekerId: string,
  after: Date,
  c: { at: Date; by: string; reason: string },
) {
  const rows = await db
    .updateTable('bookings')
    .set({
      status: 'cancelled',
      cancelled_at: c.at,
      cancelled_by: c.by,
      cancel_channel: 'refusal',
      cancel_reason: c.reason,
    })
    .where('job_seeker_id', '=', jobSeekerId)
    .where('status', '=', 'booked')
    .where('starts_at', '>', after)
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime());
}

/** Live sessions of the tenant that have not started yet. */
export async function countUpcomingBookings(db: Db, tenantId: string, now: Date) {
  const row = await db
    .selectFrom('bookings')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'booked')
    .where('starts_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
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

/**
 * Live bookings past the earliest no-show point, oldest first. Sessions excused by a recorded contact
 * stay 'booked' for good, so they are left out here or they would fill every batch.
 */
export async function listNoShowCandidates(db: Db, startedBefore: Date, limit = 500) {
  const rows = await db
    .selectFrom('bookings as b')
    .select(['b.id', 'b.tenant_id'])
    .where('b.status', '=', 'booked')
    .where('b.joined_at', 'is', null)
    .where('b.starts_at', '<=', startedBefore)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('booking_contacts as c').select('c.id').whereRef('c.booking_id', '=', 'b.id'))),
    )
    .orderBy('b.starts_at')
    .limit(limit)
    .execute();
  return rows;
}

/** Bookings whose reminder is due, oldest first. */
export function listDueReminders(db: Db, now: Date, limit = 500) {
  return db
    .selectFrom('bookings')
    .select(['id', 'tenant_id'])
    .where('remind_at', '<=', now)
    .orderBy('remind_at')
    .limit(limit)
    .execute();
}

/** Claims a due reminder (clears remind_at); undefined when another sweep got there first. */
export function claimDueReminder(db: Db, id: string, now: Date) {
  return db
    .updateTable('bookings')
    .set({ remind_at: null })
    .where('id', '=', id)
    .where('remind_at', '<=', now)
    .returning(['id', 'status'])
    .executeTakeFirst();
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
