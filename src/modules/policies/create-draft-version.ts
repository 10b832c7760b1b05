import type { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Clock } from '../../kernel/time/clock.ts';
import { parseInput } from '../../kernel/validation.ts';
import { documentOr404, staffIdOf } from './lookups.ts';
import { type Db, insertDraft, listRules, listVersions, replaceRules } from './policies.repository.ts';
import { draftSchema, policyFieldLabels } from './policies.schema.ts';

export interface CreateDraftVersionOptions {
  actor: Actor;
  input: unknown;
}

/** A new draft version: editable until it is scheduled or published. */
export async function createDraftVersion(ctx: AppContext, { actor, input }: CreateDraftVersionOptions) {
  const data = parseInput(draftSchema, input, policyFieldLabels);
  return ctx.db.transaction().execute((trx) => insertDraftVersion(trx, ctx.clock, actor, data));
}

/** The draft, its rule set and its audit row, inside the caller's transaction. */
export async function insertDraftVersion(
  trx: Db,
  clock: Clock,
  actor: Actor,
  data: z.output<typeof draftSchema>,
) {
  const document = await documentOr404(trx, data.tenantId, data.documentKey);
  const draft = await insertDraft(trx, {
    tenantId: data.tenantId,
    documentId: document.id,
    label: data.label,
    body: data.body,
    summary: data.summary,
    createdAt: clock.now(),
    createdBy: staffIdOf(actor),
  });
  if (!draft) {
    const message = {
      ja: 'この版の名前は既に使われています。',
      en: 'This version label is already taken.',
    };
    throw new AppError('conflict', { message, issues: [{ field: 'label', message }] });
  }
  // POL-RULESET: without rules of its own, a new draft carries over the latest published version's rule set.
  const latest = (await listVersions(trx, document.id)).filter((v) => v.published_at).at(-1);
  const rules =
    data.rules ??
    (latest
      ? (await listRules(trx, latest.id)).map((r) => ({
          categoryId: r.category_id,
          labelJa: r.label_ja,
          labelEn: r.label_en,
          actions: r.actions,
        }))
      : []);
  await replaceRules(trx, draft.id, rules);
  await recordAudit(trx, clock, {
    tenantId: data.tenantId,
    actor,
    event: 'policy.draft_created',
    ruleId: 'POL-VERSION',
    policyVersionId: draft.id,
    subject: { kind: 'policy_version', id: draft.id },
    data: { documentKey: document.key, label: data.label, rules: rules.length },
  });
  return { id: draft.id, documentId: document.id, label: draft.label };
}
