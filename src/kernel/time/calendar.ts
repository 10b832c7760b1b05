import holidayJp from '@holiday-jp/holiday_jp';
import { addDays, DEFAULT_ZONE, fromWallTime, minutesOf, toWallTime, weekdayOf } from './zoned.ts';

/** A tenant's closed days beyond national holidays: the year-end break and dated closures. */
export interface ClosureRules {
  /** 'MM-DD' to 'MM-DD', crossing the new year; default 12-29 to 01-03. null = no break. */
  yearEndBreak: { from: string; to: string } | null;
  closures: { startsOn: string; endsOn: string; reason: string }[];
  zone: string;
}

export const DEFAULT_CLOSURES: ClosureRules = {
  yearEndBreak: { from: '12-29', to: '01-03' },
  closures: [],
  zone: DEFAULT_ZONE,
};

export interface BusinessHours {
  opensAt: string;
  closesAt: string;
}

export type ClosedReason = 'saturday' | 'sunday' | 'holiday' | 'year-end' | 'closure';

/** The national holiday's name on a date (Japanese calendar from @holiday-jp/holiday_jp), if any. */
export function holidayName(date: string): { ja: string; en: string } | null {
  // Looked up by its 'YYYY-MM-DD' key: the library's Date-based helpers depend on the process TZ.
  const found = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[date];
  return found ? { ja: found.name, en: found.name_en } : null;
}

function inYearEndBreak(date: string, rules: ClosureRules): boolean {
  if (!rules.yearEndBreak) return false;
  const md = date.slice(5);
  const { from, to } = rules.yearEndBreak;
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}

/** Why a date is closed, or null when it is an open day. */
export function closedReason(date: string, rules: ClosureRules = DEFAULT_CLOSURES): ClosedReason | null {
  const weekday = weekdayOf(date);
  if (weekday === 0) return 'sunday';
  if (weekday === 6) return 'saturday';
  if (holidayName(date)) return 'holiday';
  if (inYearEndBreak(date, rules)) return 'year-end';
  if (rules.closures.some((c) => date >= c.startsOn && date <= c.endsOn)) return 'closure';
  return null;
}

export function isOpenDay(date: string, rules: ClosureRules = DEFAULT_CLOSURES): boolean {
  return closedReason(date, rules) === null;
}

/** The last open day strictly before `date`. */
export function previousOpenDay(date: string, rules: ClosureRules = DEFAULT_CLOSURES): string {
  let day = addDays(date, -1);
  for (let i = 0; i < 366 && !isOpenDay(day, rules); i++) day = addDays(day, -1);
  return day;
}

/** Whether `instant` falls on an open day inside the given hours (start inclusive, end exclusive). */
export function isWithinBusinessHours(
  instant: Date,
  hours: BusinessHours,
  rules: ClosureRules = DEFAULT_CLOSURES,
): boolean {
  const wall = toWallTime(instant, rules.zone);
  if (!isOpenDay(wall.date, rules)) return false;
  const minute = minutesOf(wall.time);
  return minute >= minutesOf(hours.opensAt) && minute < minutesOf(hours.closesAt);
}

/** The next instant at or after `instant` that is within business hours. */
export function nextBusinessInstant(
  instant: Date,
  hours: BusinessHours,
  rules: ClosureRules = DEFAULT_CLOSURES,
): Date {
  if (isWithinBusinessHours(instant, hours, rules)) return instant;
  const wall = toWallTime(instant, rules.zone);
  let day = minutesOf(wall.time) < minutesOf(hours.opensAt) ? wall.date : addDays(wall.date, 1);
  for (let i = 0; i < 366 && !isOpenDay(day, rules); i++) day = addDays(day, 1);
  return fromWallTime(day, hours.opensAt, rules.zone);
}
