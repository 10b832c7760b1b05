import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { ruleViolation } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { documentOr404, versionOr404 } from './lookups.ts';
import { replaceRules, updateDraftText } from './policies.repository.ts';
import { draftSchema, policyFieldLabels } from './policies.schema.ts';

export interface UpdateDraftOptions {
  actor: Actor;
  input: unknown;
}

const published = {
  ja: '公開済みの版は変更できません。新しい版を作成してください。',
  en: 'A published version cannot be changed. Create a new version instead.',
};

/** Changes a draft's text, summary and (when given) rule set. Published versions are immutable. */
export async function updateDraft(ctx: AppContext, { actor, input }: UpdateDraftOptions) {
  const data = parseInput(draftSchema, input, policyFieldLabels);
  return ctx.db.transaction().execute(async (trx) => {
    const document = await documentOr404(trx, data.tenantId, data.documentKey);
    const version = await versionOr404(trx, document.id, data.label);
    // POL-VERSION: checked here for a clear message; the database trigger refuses it regardless.
    if (version.published_at) throw ruleViolation('POL-VERSION', published, 'body');
    const updated = await updateDraftText(trx, version.id, { body: data.body, summary: data.summary });
    if (!updated) throw ruleViolation('POL-VERSION', published, 'body');
    if (data.rules) await replaceRules(trx, version.id, data.rules);
    await recordAudit(trx, ctx.clock, {
      tenantId: data.tenantId,
      actor,
      event: 'policy.draft_updated',
      ruleId: 'POL-VERSION',
      policyVersionId: version.id,
      subject: { kind: 'policy_version', id: version.id },
      data: { documentKey: document.key, label: version.label, rulesReplaced: Boolean(data.rules) },
    });
    return { id: version.id, documentId: document.id, label: version.label };
  });
}
