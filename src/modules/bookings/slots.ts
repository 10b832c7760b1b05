import { fromWallTime, minutesOf, timeOf, weekdayOf } from '../../kernel/time/zoned.ts';

// Slot arithmetic, free of I/O: a counsellor's weekly hours and dated exceptions give ranges of the
// day; ranges are cut into sessions of the tenant's length from their start; live bookings take slots.

export interface WeeklyHours {
  staffId: string;
  weekday: number;
  startsAt: string;
  endsAt: string;
}

export interface HoursException {
  staffId: string;
  onDate: string;
  kind: 'off' | 'extra';
  startsAt: string | null;
  endsAt: string | null;
}

export interface Slot {
  counsellorId: string;
  startsAt: Date;
  endsAt: Date;
}

type Range = [number, number];

function subtract(ranges: Range[], [from, to]: Range): Range[] {
  return ranges.flatMap(([a, b]): Range[] => {
    if (to <= a || from >= b) return [[a, b]];
    const out: Range[] = [];
    if (from > a) out.push([a, from]);
    if (to < b) out.push([to, b]);
    return out;
  });
}

/** The minutes of `date` during which `staffId` works, after exceptions. */
export function workingRanges(
  staffId: string,
  date: string,
  hours: readonly WeeklyHours[],
  exceptions: readonly HoursException[],
): Range[] {
  const weekday = weekdayOf(date);
  let ranges: Range[] = hours
    .filter((h) => h.staffId === staffId && h.weekday === weekday)
    .map((h) => [minutesOf(h.startsAt), minutesOf(h.endsAt)]);
  for (const e of exceptions) {
    if (e.staffId !== staffId || e.onDate !== date) continue;
    if (e.kind === 'extra' && e.startsAt && e.endsAt)
      ranges.push([minutesOf(e.startsAt), minutesOf(e.endsAt)]);
  }
  for (const e of exceptions) {
    if (e.staffId !== staffId || e.onDate !== date || e.kind !== 'off') continue;
    ranges = e.startsAt && e.endsAt ? subtract(ranges, [minutesOf(e.startsAt), minutesOf(e.endsAt)]) : [];
  }
  return ranges.sort((x, y) => x[0] - y[0]);
}

/** Every slot of the day for each counsellor (taken or not), in start order. */
export function daySlots(options: {
  date: string;
  zone: string;
  lengthMinutes: number;
  counsellorIds: readonly string[];
  hours: readonly WeeklyHours[];
  exceptions: readonly HoursException[];
  /** Only the slots starting at this minute of the day (a booking checks one time). */
  onlyAt?: number;
}): Slot[] {
  const slots: Slot[] = [];
  const at = instantsOf(options.date, options.zone);
  for (const counsellorId of options.counsellorIds) {
    const seen = new Set<number>();
    for (const [from, to] of workingRanges(counsellorId, options.date, options.hours, options.exceptions)) {
      for (let start = from; start + options.lengthMinutes <= to; start += options.lengthMinutes) {
        if (seen.has(start) || (options.onlyAt !== undefined && start !== options.onlyAt)) continue;
        seen.add(start);
        const startsAt = at(start);
        slots.push({
          counsellorId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + options.lengthMinutes * 60_000),
        });
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Minute-of-day → instant for one date. The zone's offset is read twice a day (Intl is the slow part);
 * on a day whose offset changes (daylight saving, not in Japan) every minute is converted on its own.
 */
function instantsOf(date: string, zone: string): (minute: number) => Date {
  const midnight = fromWallTime(date, '00:00', zone).getTime();
  const noon = fromWallTime(date, '12:00', zone).getTime();
  if (noon - midnight === 12 * 3_600_000) return (minute) => new Date(midnight + minute * 60_000);
  return (minute) => fromWallTime(date, timeOf(minute), zone);
}

export const slotKey = (counsellorId: string, startsAt: Date) => `${counsellorId}@${startsAt.getTime()}`;
