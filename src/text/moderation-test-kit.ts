// What the moderation tests share: one engine per test file (and one that runs every comment through
// the full pipeline), built on first use, and the demo tenants' contexts as the evaluation reads them.
import { expect } from 'vitest';
import type { ModerationContext } from './context.ts';
import { createModerationEngine, type ModerationEngine } from './engine.ts';
import { contextForRow } from './evaluation.ts';
import type { RuleId, Verdict } from './verdict.ts';

const DEFAULT_POST = 'Instagram: イベントの告知';
let fastEngine: ModerationEngine | undefined;
let fullEngine: ModerationEngine | undefined;

/** A demo tenant's context for a comment on `post` (desk channels and contact requests read from it). */
export function contextOn(account = 'jobcafe', post = DEFAULT_POST): ModerationContext {
  return contextForRow({ id: 't', text: '', labels: [], account, post });
}

/** The verdict of the engine as deployed (fast path first); `authorHandle`: the commenter's handle. */
export function moderateOn(text: string, account?: string, post?: string, authorHandle?: string): Verdict {
  fastEngine ??= createModerationEngine();
  const context = contextOn(account, post);
  return fastEngine.moderate(
    authorHandle === undefined ? { text, context } : { text, context, authorHandle },
  );
}

/** The verdict of the full pipeline alone (`fastPath: false`), which the fast path must equal. */
export function moderateFully(text: string, account?: string, post?: string): Verdict {
  fullEngine ??= createModerationEngine({ fastPath: false });
  return fullEngine.moderate({ text, context: contextOn(account, post) });
}

export function ruleIds(verdict: Verdict): RuleId[] {
  return verdict.labels.map((l) => l.ruleId);
}

/** Each text gets `ruleId` among its labels, on the fast path and in the full pipeline alike. */
export function expectFlagged(
  ruleId: RuleId,
  texts: string[],
  account = 'jobcafe',
  post = DEFAULT_POST,
): void {
  for (const text of texts) {
    expect(ruleIds(moderateOn(text, account, post)), text).toContain(ruleId);
    expect(ruleIds(moderateFully(text, account, post)), text).toContain(ruleId);
  }
}

/** Each text gets no label at all. */
export function expectAllowed(texts: string[], account = 'jobcafe', post = DEFAULT_POST): void {
  for (const text of texts) expect(ruleIds(moderateOn(text, account, post)), text).toEqual([]);
}

/** Each text may get other labels, but not `ruleId`. */
export function expectNotLabelled(
  ruleId: RuleId,
  texts: string[],
  account = 'jobcafe',
  post = DEFAULT_POST,
): void {
  for (const text of texts) expect(ruleIds(moderateOn(text, account, post)), text).not.toContain(ruleId);
}
