import type { ModerationContext } from './context.ts';
import type { FeatureSet, Range } from './features.ts';
import type { CombinationRule, RuleHit } from './rules.ts';
import { type Label, RULE_IDS, type RuleId, type Span } from './verdict.ts';

export interface ScoringInput {
  hits: RuleHit[];
  /** Learned probabilities in the order of RULE_IDS. */
  learned: Float64Array | undefined;
  features: FeatureSet;
  context: ModerationContext;
  text: string;
  /** Per rule (order of RULE_IDS), the features that weaken the model there: see modelDampers(). */
  dampers: readonly (readonly string[])[];
}

/** How much the learned model alone can contribute (its probability times this). */
export const MODEL_WEIGHT = 0.85;
/**
 * A label with no rule behind it needs the model this sure, and a text of at least MODEL_ONLY_MIN_LENGTH
 * characters: in a word or two the n-grams say little, and each weighs more (docs/moderation.md).
 */
export const MODEL_ONLY_MIN = 0.9;
const MODEL_ONLY_MIN_LENGTH = 4;
/**
 * Categories the model labels alone only when the comment has this feature. Discrimination (06) is a
 * matter of stance — describing, opposing or reporting it uses the same words as doing it — which
 * character n-grams see only in part: the model may label it alone when a group is named, and is halved
 * where the comment takes the group's side (06-side, in DAMPED_BY).
 */
const MODEL_ALONE_NEEDS: Partial<Record<RuleId, string>> = { 'SNS-DELETE-06': 'protected-group' };
/** A second label is reported only when it is this strong: two labels need two real reasons. */
const SECOND_LABEL_MIN = 0.7;
const MAX_SPANS = 5;
const NO_HITS: readonly RuleHit[] = [];
const SLOT_OF = new Map(RULE_IDS.map((id, slot) => [id, slot]));
/**
 * Where the model is halved, per category: the features that contradict it. An on-topic comment is
 * not off-topic (14); asking whether a rumour is true spreads no claim (08: its rules skip questions too);
 * running oneself down (どうせ私なんて) or taking a group's side (差別はやめてほしい, ご応募いただけます)
 * discriminates against nobody (06); a link to a page about a harm is 15, not the harm itself (07); a
 * link to the tenant's own site is not a harmful program (11).
 */
const DAMPED_BY: Partial<Record<RuleId, readonly string[]>> = {
  'SNS-DELETE-14': ['on-topic'],
  'SNS-DELETE-08': ['question'],
  'SNS-DELETE-06': ['02-self', '06-side'],
  'SNS-DELETE-07': ['harmful-link-topic'],
  'SNS-DELETE-11': ['url:official'],
};
const MODEL_DAMPERS = RULE_IDS.map((id) => DAMPED_BY[id]);
/**
 * The model reads no context, so the features that cancel a category's rules (a warning, a quoted
 * report, one's own work) also weaken the model there, by this factor. Two blockers are left out: a
 * first person (私) and a named group (女性) are in far more violations than they excuse.
 */
const BLOCKER_DAMPING = 0.7;
const TOO_COMMON_TO_DAMP = new Set(['self-reference', 'protected-group']);

/** Per rule (order of RULE_IDS), the blockers of its combination rules, which weaken the model there. */
export function modelDampers(rules: readonly CombinationRule[]): string[][] {
  const sets = RULE_IDS.map(() => new Set<string>());
  for (const rule of rules)
    for (const name of rule.none ?? [])
      if (!TOO_COMMON_TO_DAMP.has(name)) sets[SLOT_OF.get(rule.ruleId)!]!.add(name);
  return sets.map((set) => [...set]);
}

/** Scratch for decideLabels (synchronous, so one set serves every call). */
const HIT_COUNT = new Int32Array(RULE_IDS.length);
const HIT_BEST = new Float64Array(RULE_IDS.length);

function toSpans(ranges: Range[], text: string): Span[] {
  const sorted =
    ranges.length > 1 ? ranges.slice().sort((a, b) => a.start - b.start || a.end - b.end) : ranges;
  const spans: Span[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const r = sorted[k]!;
    const last = spans[spans.length - 1];
    // Sorted, so a range seen before is the one just kept.
    if (r.end <= r.start || (last !== undefined && last.start === r.start && last.end === r.end)) continue;
    spans.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
    if (spans.length >= MAX_SPANS) break;
  }
  return spans;
}

/**
 * Rule evidence and the learned model are combined per category as independent signals:
 * 1 − (1 − rule)(1 − w·model). Labels under the review threshold are dropped, at most two are kept.
 */
export function decideLabels(input: ScoringInput): Label[] {
  const { hits, learned, features, context, text } = input;
  // Per category, the number of hits and the best hit score, in one pass over the hits.
  HIT_COUNT.fill(0);
  HIT_BEST.fill(0);
  for (let h = 0; h < hits.length; h++) {
    const slot = SLOT_OF.get(hits[h]!.ruleId)!;
    HIT_COUNT[slot]!++;
    HIT_BEST[slot] = Math.max(HIT_BEST[slot]!, hits[h]!.score);
  }
  const labels: Label[] = [];
  for (let slot = 0; slot < RULE_IDS.length; slot++) {
    const ruleId = RULE_IDS[slot]!;
    if (context.ruleSet.length > 0 && !context.ruleSet.includes(ruleId)) continue;
    const count = HIT_COUNT[slot]!;
    const ruleScore = Math.min(0.99, HIT_BEST[slot]! + 0.04 * Math.max(0, count - 1));
    let p = learned?.[slot] ?? 0;
    if (p > 0) p = dampedProbability(p, slot, features, input.dampers[slot]!);
    if (count === 0 && !modelMayLabelAlone(p, ruleId, text, features)) continue;
    const score = 1 - (1 - ruleScore) * (1 - MODEL_WEIGHT * p);
    if (score < context.thresholds.review) continue;
    const ruleHits = count === 0 ? NO_HITS : hits.filter((h) => h.ruleId === ruleId);
    const reasons = ruleHits.map((h) => h.reason);
    if (p >= 0.3) reasons.push(`model:${p.toFixed(2)}`);
    labels.push({
      ruleId,
      score: Math.round(score * 1000) / 1000,
      spans: toSpans(
        ruleHits.flatMap((h) => h.ranges),
        text,
      ),
      reasons,
    });
  }
  labels.sort((a, b) => b.score - a.score);
  const kept = labels.slice(0, 1);
  const second = labels[1];
  if (second && second.score >= Math.max(SECOND_LABEL_MIN, context.thresholds.review)) kept.push(second);
  return kept;
}

function dampedProbability(
  p: number,
  slot: number,
  features: FeatureSet,
  blockers: readonly string[],
): number {
  let out = p;
  const halvers = MODEL_DAMPERS[slot];
  if (halvers !== undefined)
    for (let h = 0; h < halvers.length; h++)
      if (features.has(halvers[h]!)) {
        out *= 0.5;
        break;
      }
  for (let b = 0; b < blockers.length; b++)
    if (features.has(blockers[b]!)) {
      out *= BLOCKER_DAMPING;
      break;
    }
  return out;
}

function modelMayLabelAlone(p: number, ruleId: RuleId, text: string, features: FeatureSet): boolean {
  const needs = MODEL_ALONE_NEEDS[ruleId];
  return (
    p >= MODEL_ONLY_MIN &&
    text.length >= MODEL_ONLY_MIN_LENGTH &&
    (needs === undefined || features.has(needs))
  );
}
