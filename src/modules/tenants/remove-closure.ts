import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { notFound } from '../../kernel/errors.ts';
import { deleteClosure } from './tenants.repository.ts';

export interface RemoveClosureOptions {
  actor: Actor;
  tenantId: string;
  closureId: string;
}

/** Takes back a dated closure (the move was postponed, the training day cancelled). */
export async function removeClosure(ctx: AppContext, { actor, tenantId, closureId }: RemoveClosureOptions) {
  if (!/^[0-9a-f-]{36}$/.test(closureId)) throw notFound();
  return ctx.db.transaction().execute(async (trx) => {
    const closure = await deleteClosure(trx, tenantId, closureId);
    if (!closure) throw notFound();
    await recordAudit(trx, ctx.clock, {
      tenantId,
      actor,
      event: 'tenant.closure_removed',
      subject: { kind: 'closure', id: closure.id },
      data: { startsOn: closure.starts_on, endsOn: closure.ends_on },
    });
    return closure;
  });
}
