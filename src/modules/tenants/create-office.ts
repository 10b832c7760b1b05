import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, notFound } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { findOffice, findTenant, insertOffice } from './tenants.repository.ts';
import { createOfficeSchema, tenantFieldLabels } from './tenants.schema.ts';

export interface CreateOfficeOptions {
  actor: Actor;
  tenantId: string;
  input: unknown;
}

export async function createOffice(ctx: AppContext, { actor, tenantId, input }: CreateOfficeOptions) {
  const data = parseInput(createOfficeSchema, input, tenantFieldLabels);
  if (data.opensAt >= data.closesAt) {
    const message = {
      ja: '閉庁時刻は開庁時刻より後にしてください。',
      en: 'Closing time must be after opening time.',
    };
    throw new AppError('validation', { message, issues: [{ field: 'closesAt', message }] });
  }
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findTenant(trx, tenantId))) throw notFound();
    if (await findOffice(trx, tenantId, data.slug)) {
      const message = { ja: 'この識別子は既に使われています。', en: 'This identifier is already taken.' };
      throw new AppError('conflict', { message, issues: [{ field: 'slug', message }] });
    }
    const office = await insertOffice(trx, { tenantId, ...data });
    await recordAudit(trx, ctx.clock, {
      tenantId,
      actor,
      event: 'office.created',
      subject: { kind: 'office', id: office.id },
    });
    return office;
  });
}
