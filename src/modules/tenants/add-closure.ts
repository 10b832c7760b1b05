import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { invalid } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { insertClosure } from './tenants.repository.ts';
import { closureSchema, tenantFieldLabels } from './tenants.schema.ts';

export interface AddClosureOptions {
  actor: Actor;
  tenantId: string;
  input: unknown;
}

/** A dated closure (office move, training day…) on top of holidays and the year-end break. */
export async function addClosure(ctx: AppContext, { actor, tenantId, input }: AddClosureOptions) {
  const data = parseInput(closureSchema, input, tenantFieldLabels);
  if (data.endsOn < data.startsOn) {
    throw invalid('endsOn', {
      ja: '終了日は開始日以降にしてください。',
      en: 'The last day must not be before the first.',
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const closure = await insertClosure(trx, { tenantId, ...data });
    await recordAudit(trx, ctx.clock, {
      tenantId,
      actor,
      event: 'tenant.closure_added',
      subject: { kind: 'closure', id: closure.id },
      data: { startsOn: data.startsOn, endsOn: data.endsOn },
    });
    return closure;
  });
}
