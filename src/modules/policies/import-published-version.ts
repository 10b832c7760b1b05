import type { AppContext } from '../../context.ts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.ts';
import { invalid } from '../../kernel/errors.ts';
import { parseInput } from '../../kernel/validation.ts';
import { insertDraftVersion } from './create-draft-version.ts';
import { staffIdOf } from './lookups.ts';
import { listVersions, markPublished } from './policies.repository.ts';
import { draftSchema, instantInput, policyFieldLabels } from './policies.schema.ts';
import { parseEffectiveAt } from './schedule-version.ts';

const importSchema = draftSchema.extend({ effectiveAt: instantInput });

export interface ImportPublishedVersionOptions {
  actor: Actor;
  input: unknown;
}

/**
 * Brings in a version the organisation published before it used madoguchi (e.g. a policy enacted in
 * 2014 and revised in 2020), with its original effective date. History is only ever appended: the
 * date must be in the past and after every version already recorded, so which version was in force
 * at any past instant (and what a past consent meant) never changes.
 */
export async function importPublishedVersion(
  ctx: AppContext,
  { actor, input }: ImportPublishedVersionOptions,
) {
  const { effectiveAt: text, ...draft } = parseInput(importSchema, input, policyFieldLabels);
  const effectiveAt = parseEffectiveAt(text);
  const now = ctx.clock.now();
  if (effectiveAt.getTime() > now.getTime()) {
    throw invalid('effectiveAt', {
      ja: '取り込む版の施行日時は過去の日時にしてください。',
      en: 'An imported version must have taken effect in the past.',
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const created = await insertDraftVersion(trx, ctx.clock, actor, draft);
    const latest = (await listVersions(trx, created.documentId)).filter((v) => v.published_at).at(-1);
    if (latest?.effective_at && latest.effective_at.getTime() >= effectiveAt.getTime()) {
      throw invalid('effectiveAt', {
        ja: '取り込む版の施行日時は、既存の版より後にしてください。',
        en: 'An imported version must take effect after every version already recorded.',
      });
    }
    await markPublished(trx, created.id, { effectiveAt, publishedAt: now, publishedBy: staffIdOf(actor) });
    await recordAudit(trx, ctx.clock, {
      tenantId: draft.tenantId,
      actor,
      event: 'policy.version_imported',
      ruleId: 'POL-VERSION',
      policyVersionId: created.id,
      subject: { kind: 'policy_version', id: created.id },
      data: { documentKey: draft.documentKey, label: draft.label, effectiveAt: effectiveAt.toISOString() },
    });
    return { ...created, effectiveAt };
  });
}
