import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { getTenantSettings } from '../tenants/index.ts';
import { listNoShowCandidates, markNoShowIfAbsent } from './bookings.repository.ts';

/**
 * BOOK-NOSHOW: a session nobody joined and nobody called about is cancelled at start + N minutes
 * (tenant setting, default 10) and counted as a no-show. The conditional update makes a second run
 * (another process's sweep) a no-op.
 */
export async function sweepNoShow(ctx: AppContext, o: { tenantId: string; bookingId: string }) {
  const { settings } = await getTenantSettings(ctx.db, o.tenantId);
  const now = ctx.clock.now();
  const startedBefore = new Date(now.getTime() - settings.noShowAfterMinutes * 60_000);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await markNoShowIfAbsent(trx, o.bookingId, now, startedBefore);
    if (!row) return false;
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor: { kind: 'system', id: 'no-show-sweep' },
      event: 'booking.no_show',
      ruleId: 'BOOK-NOSHOW',
      subject: { kind: 'booking', id: row.id },
      data: { jobSeekerId: row.job_seeker_id, startsAt: row.starts_at.toISOString() },
    });
    return true;
  });
}

/**
 * The no-show sweep, a pg-boss job every minute (decision 0004): every live booking past the earliest
 * possible cut-off, so a session is cancelled within a minute of its own.
 */
export async function sweepAllNoShows(ctx: AppContext, options: { limit?: number } = {}): Promise<number> {
  // 1 minute is the smallest tenant setting; sweepNoShow applies each tenant's own value.
  const earliest = new Date(ctx.clock.now().getTime() - 60_000);
  const candidates = await listNoShowCandidates(ctx.db, earliest, options.limit);
  let swept = 0;
  for (const c of candidates) {
    if (await sweepNoShow(ctx, { tenantId: c.tenant_id, bookingId: c.id })) swept++;
  }
  return swept;
}
