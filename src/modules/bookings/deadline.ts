import type { ClosureRules } from '../../kernel/time/calendar.ts';
import { previousOpenDay } from '../../kernel/time/calendar.ts';
import { fromWallTime, toWallTime } from '../../kernel/time/zoned.ts';
import type { TenantSettings } from '../tenants/index.ts';

export type DeadlineMode = TenantSettings['bookingDeadline'];

/**
 * BOOK-DEADLINE: the last instant (exclusive) at which a session starting at `startsAt` may still be
 * booked, on the tenant's wall clock (Asia/Tokyo unless the tenant sets another zone).
 * - 'previous-calendar-day': until the end of the day before the session (midnight of its day).
 * - 'previous-business-day-closing': until the office closes on the last open day before it.
 */
export function bookingDeadline(
  startsAt: Date,
  options: { mode: DeadlineMode; rules: ClosureRules; officeClosesAt: string },
): Date {
  return deadlineForDate(toWallTime(startsAt, options.rules.zone).date, options);
}

/** BOOK-DEADLINE for every session on `sessionDay` ('YYYY-MM-DD' on the tenant's wall clock). */
export function deadlineForDate(
  sessionDay: string,
  options: { mode: DeadlineMode; rules: ClosureRules; officeClosesAt: string },
): Date {
  if (options.mode === 'previous-calendar-day') return fromWallTime(sessionDay, '00:00', options.rules.zone);
  const lastOpenDay = previousOpenDay(sessionDay, options.rules);
  return fromWallTime(lastOpenDay, options.officeClosesAt.slice(0, 5), options.rules.zone);
}

export function isBeforeDeadline(
  now: Date,
  startsAt: Date,
  options: { mode: DeadlineMode; rules: ClosureRules; officeClosesAt: string },
): boolean {
  return now.getTime() < bookingDeadline(startsAt, options).getTime();
}
