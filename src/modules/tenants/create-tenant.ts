import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { tenantSettingsSchema } from './tenant-settings.ts';
import { insertTenant } from './tenants.repository.ts';
import { createTenantSchema, tenantFieldLabels } from './tenants.schema.ts';

export interface CreateTenantOptions {
  actor: Actor;
  input: unknown;
}

export async function createTenant(ctx: AppContext, { actor, input }: CreateTenantOptions) {
  const data = parseInput(createTenantSchema, input, tenantFieldLabels);
  const settings = tenantSettingsSchema.parse(data.settings ?? {});
  return ctx.db.transaction().execute(async (trx) => {
    const tenant = await insertTenant(trx, { ...data, settings });
    if (!tenant) {
      throw new AppError('conflict', {
        message: { ja: 'この識別子は既に使われています。', en: 'This identifier is already taken.' },
        issues: [
          {
            field: 'id',
            message: { ja: 'この識別子は既に使われています。', en: 'This identifier is already taken.' },
          },
        ],
      });
    }
    await recordAudit(trx, ctx.clock, {
      tenantId: tenant.id,
      actor,
      event: 'tenant.created',
      subject: { kind: 'tenant', id: tenant.id },
    });
    return tenant;
  });
}
