import type { AppContext } from '../../context.ts';
import type { Actor } from '../../kernel/audit/audit.ts';
import { parseInput } from '../../kernel/validation.ts';
import { policyFieldLabels, publishNowSchema } from './policies.schema.ts';
import { publishDraft } from './publication.ts';

export interface PublishVersionNowOptions {
  actor: Actor;
  input: unknown;
}

/** POL-PUBLISH: the draft takes effect at once and becomes the text served on the public page. */
export async function publishVersionNow(ctx: AppContext, { actor, input }: PublishVersionNowOptions) {
  const data = parseInput(publishNowSchema, input, policyFieldLabels);
  return ctx.db
    .transaction()
    .execute((trx) => publishDraft(trx, ctx.clock, { ...data, effectiveAt: 'now', actor }));
}
