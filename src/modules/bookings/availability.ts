import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../kernel/errors.ts';
import { type ClosedReason, type ClosureRules, closedReason } from '../../kernel/time/calendar.ts';
import { addDays, fromWallTime, minutesOf, toWallTime, weekdayOf } from '../../kernel/time/zoned.ts';
import { type ConsentTerms, consentTermsFromRow } from '../policies/index.ts';
import {
  type findOffice,
  getOfficeCalendar,
  officeCalendarFromRow,
  type TenantSettings,
} from '../tenants/index.ts';
import { findOfficeWithTerms, loadBookingChoice, loadOfficeAvailability } from './availability.repository.ts';
import { daySlots, type Slot, slotKey } from './slots.ts';

export type OfficeRow = NonNullable<Awaited<ReturnType<typeof findOffice>>>;

/** An office with the tenant's booking settings and closed days: what every booking decision reads. */
export interface BookingOffice {
  tenantId: string;
  tenantName: { ja: string; en: string };
  office: OfficeRow;
  settings: TenantSettings;
  rules: ClosureRules;
}

const officeNotFound = () =>
  notFound({ ja: '窓口（事業所）が見つかりません。', en: 'The office was not found.' });

export async function loadBookingOffice(db: Kysely<DB>, tenantId: string, officeRef: string) {
  const found = await getOfficeCalendar(db, tenantId, officeRef);
  if (!found) throw officeNotFound();
  return bookingOffice(tenantId, found);
}

function bookingOffice(tenantId: string, { office, calendar }: ReturnType<typeof officeCalendarFromRow>) {
  return {
    tenantId,
    tenantName: calendar.tenantName,
    office,
    settings: calendar.settings,
    rules: calendar.rules,
  } satisfies BookingOffice;
}

/** The booking office and the terms in force under `termsKey` (null if none), in one round trip. */
export async function loadBookingOfficeWithTerms(
  db: Kysely<DB>,
  q: { tenantId: string; officeRef: string; termsKey: string; at: Date },
): Promise<{ bo: BookingOffice; terms: ConsentTerms | null }> {
  const row = await findOfficeWithTerms(db, q);
  if (!row) throw officeNotFound();
  const {
    terms_id,
    terms_key,
    terms_third_party_terms,
    terms_version_id,
    terms_version_label,
    terms_has_links,
    ...officeRow
  } = row;
  return {
    bo: bookingOffice(q.tenantId, officeCalendarFromRow(q.tenantId, officeRow)),
    terms: consentTermsFromRow({
      id: terms_id,
      key: terms_key,
      third_party_terms: terms_third_party_terms,
      version_id: terms_version_id,
      version_label: terms_version_label,
      has_links: terms_has_links === null ? null : Boolean(terms_has_links),
    }),
  };
}

export interface DaySlots {
  date: string;
  closed: ClosedReason | null;
  slots: (Slot & { taken: boolean })[];
}

/** Hours, exceptions and live bookings of the office for `days` days from `fromDate`. */
function availabilityFor(db: Kysely<DB>, bo: BookingOffice, fromDate: string, days: number) {
  const toDate = addDays(fromDate, days - 1);
  const zone = bo.rules.zone;
  return loadOfficeAvailability(db, {
    officeId: bo.office.id,
    fromDate,
    toDate,
    from: fromWallTime(fromDate, '00:00', zone),
    to: fromWallTime(addDays(toDate, 1), '00:00', zone),
  });
}

/** Every counsellor slot of the office over `days` days from `fromDate`, marked taken or not. */
export async function officeSlots(
  db: Kysely<DB>,
  bo: BookingOffice,
  fromDate: string,
  days: number,
): Promise<DaySlots[]> {
  const zone = bo.rules.zone;
  const { hours, exceptions, taken } = await availabilityFor(db, bo, fromDate, days);
  const takenKeys = new Set(taken.map((t) => slotKey(t.counsellorId, t.startsAt)));
  const counsellorIds = [...new Set(hours.map((h) => h.staffId))];
  const result: DaySlots[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i);
    const closed = closedReason(date, bo.rules);
    const slots = closed
      ? []
      : daySlots({
          date,
          zone,
          lengthMinutes: bo.settings.bookingLengthMinutes,
          counsellorIds,
          hours,
          exceptions,
        });
    result.push({
      date,
      closed,
      slots: slots.map((s) => ({ ...s, taken: takenKeys.has(slotKey(s.counsellorId, s.startsAt)) })),
    });
  }
  return result;
}

/**
 * The office's counsellors with a slot starting at `startsAt` (taken or not), how many sessions each
 * has that day, and the job seeker with that number (null if none): what a booking decides on, in one
 * round trip, without building the whole day's grid.
 */
export async function slotsAt(db: Kysely<DB>, bo: BookingOffice, startsAt: Date, jobSeekerNumber: string) {
  const zone = bo.rules.zone;
  const wall = toWallTime(startsAt, zone);
  const { hours, exceptions, day, jobSeeker } = await loadBookingChoice(db, {
    officeId: bo.office.id,
    date: wall.date,
    weekday: weekdayOf(wall.date),
    dayFrom: fromWallTime(wall.date, '00:00', zone),
    dayTo: fromWallTime(addDays(wall.date, 1), '00:00', zone),
    at: startsAt,
    jobSeeker: { tenantId: bo.tenantId, number: jobSeekerNumber },
  });
  const slots = daySlots({
    date: wall.date,
    zone,
    lengthMinutes: bo.settings.bookingLengthMinutes,
    counsellorIds: [...new Set(hours.map((h) => h.staffId))],
    hours,
    exceptions,
    onlyAt: minutesOf(wall.time),
  });
  const sessionsThatDay = new Map(day.map((d) => [d.counsellorId, d.sessions]));
  const takenNow = new Set(day.filter((d) => d.takenAt).map((d) => d.counsellorId));
  return {
    slots: slots
      .filter((s) => s.startsAt.getTime() === startsAt.getTime())
      .map((s) => ({ counsellorId: s.counsellorId, taken: takenNow.has(s.counsellorId) })),
    sessionsThatDay,
    jobSeeker,
  };
}
