import type { AppContext } from '../../context.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import { clearRefusal } from './job-seekers.repository.ts';
import { loadForRefusal, type RefusalOptions } from './refuse-job-seeker.ts';

/** BOOK-REFUSE is reversible: lifting it restarts the no-show count. */
export async function liftRefusal(ctx: AppContext, o: RefusalOptions) {
  const { jobSeeker, reason, actor } = await loadForRefusal(ctx, o);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await clearRefusal(trx, jobSeeker.id, ctx.clock.now());
    if (!row) {
      throw new AppError('conflict', {
        message: { ja: 'この方はお断りの対象ではありません。', en: 'This job seeker is not refused.' },
      });
    }
    await recordAudit(trx, ctx.clock, {
      tenantId: o.tenantId,
      actor,
      event: 'jobseeker.refusal_lifted',
      ruleId: 'BOOK-REFUSE',
      subject: { kind: 'job-seeker', id: jobSeeker.id },
      data: { reason, previousReason: jobSeeker.refused_reason },
    });
    return row;
  });
}
