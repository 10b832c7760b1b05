import type { AppContext } from '../../context.ts';
import { notFound } from '../../kernel/errors.ts';
import { authorize, type Principal } from '../../kernel/policy/authorize.ts';
import { getTenantCalendar } from '../tenants/index.ts';
import { listJobSeekerBookings } from './bookings.repository.ts';
import { countNoShows, findJobSeeker, listJobSeekers } from './job-seekers.repository.ts';

/** A job seeker with their bookings, no-show count and whether they reach the tenant's flag (BOOK-REFUSE). */
export async function getJobSeeker(
  ctx: AppContext,
  o: { principal: Principal | null; tenantId: string; jobSeekerId: string },
) {
  authorize(o.principal, 'booking.read', { tenantId: o.tenantId });
  const jobSeeker = /^[0-9a-f-]{36}$/.test(o.jobSeekerId)
    ? await findJobSeeker(ctx.db, o.tenantId, o.jobSeekerId)
    : undefined;
  if (!jobSeeker) throw notFound();
  const [{ settings }, noShows, bookings] = await Promise.all([
    getTenantCalendar(ctx.db, o.tenantId),
    countNoShows(ctx.db, jobSeeker),
    listJobSeekerBookings(ctx.db, o.tenantId, jobSeeker.id),
  ]);
  return {
    jobSeeker,
    noShows,
    threshold: settings.noShowFlagThreshold,
    flagged: noShows >= settings.noShowFlagThreshold,
    bookings,
  };
}

export async function listJobSeekersWithFlags(
  ctx: AppContext,
  o: { principal: Principal | null; tenantId: string },
) {
  authorize(o.principal, 'booking.read', { tenantId: o.tenantId });
  const [{ settings }, rows] = await Promise.all([
    getTenantCalendar(ctx.db, o.tenantId),
    listJobSeekers(ctx.db, o.tenantId),
  ]);
  return rows.map((row) => ({
    ...row,
    no_shows: Number(row.no_shows ?? 0),
    flagged: Number(row.no_shows ?? 0) >= settings.noShowFlagThreshold,
  }));
}
