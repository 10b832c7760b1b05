import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { minutesOf, toWallTime } from '../../kernel/time/zoned.ts';
import { type ConsentTerms, consentTermsFromRow } from '../policies/index.ts';
import { officeCalendarFromRow } from '../tenants/index.ts';
import { type BookingOffice, bookingOffice, officeNotFound } from './availability.ts';
import {
  type BookingContextQuery,
  type BookingJobSeeker,
  findBookingContext,
} from './booking-context.repository.ts';
import { daySlots } from './slots.ts';

export interface BookingContext {
  bo: BookingOffice;
  /** The booked day in the tenant's zone. */
  date: string;
  /** The terms in force, or null when none is (BOOK-ELIGIBLE). */
  terms: ConsentTerms | null;
  /** The job seeker with the number given, or null. */
  jobSeeker: BookingJobSeeker | null;
  /** Counsellors with a slot starting at the booked time, taken or not. */
  slots: { counsellorId: string; taken: boolean }[];
  /** Live sessions per counsellor that day. */
  sessionsThatDay: Map<string, number>;
}

/** What a booking request decides on, read in one round trip; the caller checks it in its own order. */
export async function loadBookingContext(db: Kysely<DB>, q: BookingContextQuery): Promise<BookingContext> {
  const row = await findBookingContext(db, q);
  if (!row) throw officeNotFound();
  const {
    terms_id,
    terms_key,
    terms_third_party_terms,
    terms_version_id,
    terms_version_label,
    terms_has_links,
    hours,
    exceptions,
    day,
    jobSeeker,
    ...officeRow
  } = row;
  const bo = bookingOffice(q.tenantId, officeCalendarFromRow(q.tenantId, officeRow));
  const wall = toWallTime(q.startsAt, bo.rules.zone);
  const at = q.startsAt.getTime();
  const takenNow = new Set(day.filter((d) => d.takenAt).map((d) => d.counsellorId));
  const slots = daySlots({
    date: wall.date,
    zone: bo.rules.zone,
    lengthMinutes: bo.settings.bookingLengthMinutes,
    counsellorIds: [...new Set(hours.map((h) => h.staffId))],
    hours,
    exceptions,
    onlyAt: minutesOf(wall.time),
  })
    .filter((s) => s.startsAt.getTime() === at)
    .map((s) => ({ counsellorId: s.counsellorId, taken: takenNow.has(s.counsellorId) }));
  return {
    bo,
    date: wall.date,
    terms: consentTermsFromRow({
      id: terms_id,
      key: terms_key,
      third_party_terms: terms_third_party_terms,
      version_id: terms_version_id,
      version_label: terms_version_label,
      has_links: terms_has_links === null ? null : Boolean(terms_has_links),
    }),
    jobSeeker,
    slots,
    sessionsThatDay: new Map(day.map((d) => [d.counsellorId, d.sessions])),
  };
}
