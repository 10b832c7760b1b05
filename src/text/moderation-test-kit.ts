// What the moderation tests share: one engine per test file (and one that runs every comment through
// the full pipeline), built on first use, and the demo tenants' contexts as the evaluation reads them.
import type { ModerationContext } from './context.ts';
import { createModerationEngine, type ModerationEngine } from './engine.ts';
import { contextForRow } from './evaluation.ts';
import type { RuleId, Verdict } from './verdict.ts';

let fastEngine: ModerationEngine | undefined;
let fullEngine: ModerationEngine | undefined;

/** A demo tenant's context for a comment on `post` (desk channels and contact requests read from it). */
export function contextOn(account = 'jobcafe', post = 'Instagram: イベントの告知'): ModerationContext {
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
