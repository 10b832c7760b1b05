import { type Kysely, type Selectable, sql } from 'kysely';
import { insertsGuardedBy, type PlannedRow } from '../../db/planned-rows.ts';
import type { DB } from '../../db/schema.ts';
import type { BookingChannel, BookingsTable } from './bookings.tables.ts';

type Db = Kysely<DB>;

export interface NewBooking {
  /** Chosen by the caller, so the rows written with the booking can name it. */
  id: string;
  tenantId: string;
  officeId: string;
  /** Candidates in order of preference; the first one free and not being booked right now is taken. */
  counsellorIds: string[];
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
  consentId: string;
  policyVersionId: string;
  /** When the day-before reminder is due, or null for none. */
  remindAt: Date | null;
  now: Date;
}

/** Advisory-lock class of "a counsellor's slot is being booked" (any fixed int4 of our own). */
const SLOT_LOCK_CLASS = 300_001;

/**
 * Takes the first candidate counsellor's slot, or does nothing; the partial unique indexes decide
 * (no read-then-write). One statement, and it never waits: a slot another transaction is taking right
 * now (its advisory lock is held) is skipped instead of waited for, so concurrent requests for the
 * same time spread over the counsellors. LIMIT 1 over the array scan stops at the first candidate
 * that passes, so only that one stays locked. Returns the new row, or undefined when no candidate
 * could be taken or the job seeker already has a session at that time.
 */
export async function insertBookingWithFreeCounsellor(
  db: Db,
  b: NewBooking,
  /** Written in the same statement, only if the booking is: its consent, audit rows, invitation. */
  companions: readonly PlannedRow[] = [],
) {
  const alsoWrite = companions.length ? sql`, ${sql.join(insertsGuardedBy('taken', companions))}` : sql``;
  const { rows } = await sql<Selectable<BookingsTable>>`
    WITH taken AS (
      INSERT INTO bookings (id, tenant_id, office_id, counsellor_id, job_seeker_id, starts_at, ends_at, name,
        email, interpreter, assistant, assistance_note, channel, created_by, follows_booking_id,
        meeting_provider, meeting_url, environment_confirmed_at, consent_id, policy_version_id, remind_at,
        created_at)
      SELECT ${b.id}, ${b.tenantId}, ${b.officeId}, c.id, ${b.jobSeekerId}, ${b.startsAt}, ${b.endsAt},
        ${b.name}, ${b.email}, ${b.interpreter}, ${b.assistant}, ${b.assistanceNote}, ${b.channel},
        ${b.createdBy}, ${b.followsBookingId}, ${b.meetingProvider}, ${b.meetingUrl},
        ${b.environmentConfirmedAt}, ${b.consentId}, ${b.policyVersionId}, ${b.remindAt}, ${b.now}
      FROM unnest(${b.counsellorIds}::uuid[]) AS c(id)
      WHERE NOT EXISTS (
          SELECT 1 FROM bookings t
          WHERE t.counsellor_id = c.id AND t.starts_at = ${b.startsAt} AND t.status = 'booked')
        AND pg_try_advisory_xact_lock(${SLOT_LOCK_CLASS}, hashtext(c.id::text || ${b.startsAt.toISOString()}))
      LIMIT 1
      ON CONFLICT DO NOTHING
      RETURNING *)${alsoWrite}
    SELECT * FROM taken`.execute(db);
  return rows[0];
}

/**
 * An audit row written with the booking, its data completed with the counsellor the insert chose
 * (known only inside the statement).
 */
export function withTakenCounsellor(row: PlannedRow): PlannedRow {
  return {
    ...row,
    values: {
      ...row.values,
      data: sql`${row.values.data}::jsonb || jsonb_build_object('counsellorId', taken.counsellor_id)`,
    },
  };
}
