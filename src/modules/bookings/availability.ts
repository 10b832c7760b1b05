import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../kernel/errors.ts';
import { type ClosedReason, type ClosureRules, closedReason } from '../../kernel/time/calendar.ts';
import { addDays, fromWallTime } from '../../kernel/time/zoned.ts';
import {
  type findOffice,
  getOfficeCalendar,
  type officeCalendarFromRow,
  type TenantSettings,
} from '../tenants/index.ts';
import { loadOfficeAvailability } from './availability.repository.ts';
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

export const officeNotFound = () =>
  notFound({ ja: '窓口（事業所）が見つかりません。', en: 'The office was not found.' });

export async function loadBookingOffice(db: Kysely<DB>, tenantId: string, officeRef: string) {
  const found = await getOfficeCalendar(db, tenantId, officeRef);
  if (!found) throw officeNotFound();
  return bookingOffice(tenantId, found);
}

export function bookingOffice(
  tenantId: string,
  { office, calendar }: ReturnType<typeof officeCalendarFromRow>,
) {
  return {
    tenantId,
    tenantName: calendar.tenantName,
    office,
    settings: calendar.settings,
    rules: calendar.rules,
  } satisfies BookingOffice;
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
