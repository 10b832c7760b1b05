import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Registration } from './bookings.tables.ts';

type Db = Kysely<DB>;

export type JobSeekerRow = NonNullable<Awaited<ReturnType<typeof findJobSeeker>>>;

export function findJobSeeker(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('job_seekers')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findJobSeekerByNumber(db: Db, tenantId: string, number: string) {
  return db
    .selectFrom('job_seekers')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function insertJobSeeker(
  db: Db,
  j: {
    tenantId: string;
    number: string;
    name: string;
    email: string | null;
    registration: Registration;
    now: Date;
  },
) {
  return db
    .insertInto('job_seekers')
    .values({
      tenant_id: j.tenantId,
      number: j.number,
      name: j.name,
      email: j.email,
      registration: j.registration,
      created_at: j.now,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'number']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateRegistration(db: Db, id: string, registration: Registration) {
  return db
    .updateTable('job_seekers')
    .set({ registration })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export function setRefusal(db: Db, id: string, refusal: { at: Date; by: string; reason: string }) {
  return db
    .updateTable('job_seekers')
    .set({ refused_at: refusal.at, refused_by: refusal.by, refused_reason: refusal.reason })
    .where('id', '=', id)
    .where('refused_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Lifting a refusal also restarts the no-show count from now. */
export function clearRefusal(db: Db, id: string, at: Date) {
  return db
    .updateTable('job_seekers')
    .set({ refused_at: null, refused_by: null, refused_reason: null, no_shows_counted_from: at })
    .where('id', '=', id)
    .where('refused_at', 'is not', null)
    .returningAll()
    .executeTakeFirst();
}

export function listJobSeekers(db: Db, tenantId: string) {
  return db
    .selectFrom('job_seekers as j')
    .selectAll('j')
    .select((eb) =>
      eb
        .selectFrom('bookings as b')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('b.job_seeker_id', '=', 'j.id')
        .where('b.status', '=', 'no_show')
        .where((e) =>
          e.or([
            e('j.no_shows_counted_from', 'is', null),
            e('b.starts_at', '>=', e.ref('j.no_shows_counted_from')),
          ]),
        )
        .as('no_shows'),
    )
    .where('j.tenant_id', '=', tenantId)
    .orderBy('j.number')
    .execute();
}

/** BOOK-NOSHOW / BOOK-REFUSE: no-shows that count towards the flag (since the last lifted refusal). */
export async function countNoShows(db: Db, jobSeeker: { id: string; no_shows_counted_from: Date | null }) {
  let q = db
    .selectFrom('bookings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('job_seeker_id', '=', jobSeeker.id)
    .where('status', '=', 'no_show');
  if (jobSeeker.no_shows_counted_from) q = q.where('starts_at', '>=', jobSeeker.no_shows_counted_from);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}
