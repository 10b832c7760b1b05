import type { AppContext } from '../../context.ts';
import type { Actor } from '../../kernel/audit/audit.ts';
import { invalid } from '../../kernel/errors.ts';
import { fromWallTime } from '../../kernel/time/zoned.ts';
import { parseInput } from '../../kernel/validation.ts';
import { policyFieldLabels, scheduleSchema } from './policies.schema.ts';
import { publishDraft } from './publication.ts';

export interface ScheduleVersionOptions {
  actor: Actor;
  input: unknown;
}

/** '2027-01-01T09:00+09:00' as given; '2027-01-01T09:00' as a wall time in Japan. */
export function parseEffectiveAt(text: string): Date {
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(text);
  const instant = hasZone ? new Date(text) : fromWallTime(text.slice(0, 10), text.slice(11));
  if (Number.isNaN(instant.getTime())) {
    throw invalid('effectiveAt', {
      ja: '施行日時が正しくありません。',
      en: 'The effective date-time is not valid.',
    });
  }
  return instant;
}

/** POL-CHANGE-NOTICE: publishes a draft to take effect later; until then it is announced, not applied. */
export async function scheduleVersion(ctx: AppContext, { actor, input }: ScheduleVersionOptions) {
  const data = parseInput(scheduleSchema, input, policyFieldLabels);
  const effectiveAt = parseEffectiveAt(data.effectiveAt);
  if (effectiveAt.getTime() <= ctx.clock.now().getTime()) {
    throw invalid('effectiveAt', {
      ja: '予約する施行日時は現在より後にしてください。',
      en: 'A scheduled effective date-time must be in the future.',
    });
  }
  return ctx.db.transaction().execute((trx) => publishDraft(trx, ctx.clock, { ...data, effectiveAt, actor }));
}
