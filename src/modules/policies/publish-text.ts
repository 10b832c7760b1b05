import type { AppContext } from '../../context.ts';
import type { Actor } from '../../kernel/audit/audit.ts';
import { parseInput } from '../../kernel/validation.ts';
import { insertDraftVersion } from './create-draft-version.ts';
import { draftSchema, instantInput, policyFieldLabels } from './policies.schema.ts';
import { publishDraft } from './publication.ts';
import { parseEffectiveAt } from './schedule-version.ts';

const publishTextSchema = draftSchema.extend({ effectiveAt: instantInput.optional() });

export interface PublishTextOptions {
  actor: Actor;
  input: unknown;
}

/**
 * A new version from a finished text, published in one step (the CLI): now, or scheduled for
 * `effectiveAt`. Draft, publication and their audit rows commit together or not at all.
 */
export async function publishText(ctx: AppContext, { actor, input }: PublishTextOptions) {
  const { effectiveAt: when, ...draft } = parseInput(publishTextSchema, input, policyFieldLabels);
  const effectiveAt = when ? parseEffectiveAt(when) : 'now';
  return ctx.db.transaction().execute(async (trx) => {
    await insertDraftVersion(trx, ctx.clock, actor, draft);
    return publishDraft(trx, ctx.clock, { ...draft, effectiveAt, actor });
  });
}
