import type { AppContext } from '../../context.ts';
import type { ClosedReason } from '../../kernel/time/calendar.ts';
import { toWallTime } from '../../kernel/time/zoned.ts';
import { loadBookingOffice, officeSlots } from './availability.ts';
import { deadlineForDate } from './deadline.ts';

export interface FindFreeSlotsOptions {
  tenantId: string;
  /** Office slug or id. */
  office: string;
  /** First day ('YYYY-MM-DD', tenant's zone); default today. */
  from?: string;
  days?: number;
}

export interface FreeSlot {
  startsAt: Date;
  endsAt: Date;
  /** How many counsellors are still free then. */
  free: number;
}

export interface FreeDay {
  date: string;
  closed: ClosedReason | null;
  slots: FreeSlot[];
}

/** The times a job seeker may book now (free, in the future, before BOOK-DEADLINE), per day. */
export async function findFreeSlots(ctx: AppContext, options: FindFreeSlotsOptions) {
  const bo = await loadBookingOffice(ctx.db, options.tenantId, options.office);
  const now = ctx.clock.now();
  const from = options.from ?? toWallTime(now, bo.rules.zone).date;
  const days = await officeSlots(ctx.db, bo, from, options.days ?? 14);
  const deadlineOptions = {
    mode: bo.settings.bookingDeadline,
    rules: bo.rules,
    officeClosesAt: bo.office.closes_at,
  };
  const freeDays: FreeDay[] = days.map((day) => {
    const byStart = new Map<number, FreeSlot>();
    // BOOK-DEADLINE is the same for every session of a day: decided once per day.
    const open = day.slots.length > 0 && now.getTime() < deadlineForDate(day.date, deadlineOptions).getTime();
    for (const slot of open ? day.slots : []) {
      if (slot.taken || slot.startsAt.getTime() <= now.getTime()) continue;
      const key = slot.startsAt.getTime();
      const entry = byStart.get(key) ?? { startsAt: slot.startsAt, endsAt: slot.endsAt, free: 0 };
      entry.free++;
      byStart.set(key, entry);
    }
    return { date: day.date, closed: day.closed, slots: [...byStart.values()] };
  });
  return { office: bo.office, settings: bo.settings, days: freeDays };
}
