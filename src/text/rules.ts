import { readFileSync } from 'node:fs';
import type { FeatureSet, Range } from './features.ts';
import type { LexiconGroup } from './lexicon.ts';
import type { Sentences } from './sentences.ts';
import { isRuleId, type RuleId } from './verdict.ts';

export interface CombinationRule {
  ruleId: RuleId;
  all: string[];
  none?: string[];
  /** Per-group minimum of different matched terms for this rule (e.g. two money-pitch phrases). */
  minDistinct?: Record<string, number>;
  score: number;
}

export interface RuleFile {
  version: string;
  rules: CombinationRule[];
}

export interface RuleHit {
  ruleId: RuleId;
  score: number;
  ranges: Range[];
  reason: string;
}

export function loadRuleFile(url = new URL('./lexicons/rules.json', import.meta.url)): RuleFile {
  const file = JSON.parse(readFileSync(url, 'utf8')) as RuleFile;
  for (const r of file.rules)
    if (!isRuleId(r.ruleId)) throw new Error(`rules.json: unknown rule ${r.ruleId}`);
  return file;
}

/** A feature counts when present, and for groups with minDistinct, when enough different terms matched. */
function present(features: FeatureSet, name: string, groups: Map<string, LexiconGroup>): boolean {
  if (!features.has(name)) return false;
  const min = groups.get(name)?.minDistinct ?? 1;
  return features.distinctTerms(name) >= min;
}

/** The groups that carry a category, in order, with each one's place. */
interface CategoryIndex {
  ids: string[];
  order: Map<string, number>;
}
/** The rules by their first part (by index), and those without parts; per rule its minimums and reason. */
interface RuleIndex {
  byFirstPart: Map<string, number[]>;
  partless: number[];
  minimums: Array<Array<[string, number]>>;
  reasons: string[];
}
const NO_RULES: readonly number[] = [];
const categoryIndexes = new WeakMap<Map<string, LexiconGroup>, CategoryIndex>();
const ruleIndexes = new WeakMap<CombinationRule[], RuleIndex>();

function categoryIndex(groups: Map<string, LexiconGroup>): CategoryIndex {
  let index = categoryIndexes.get(groups);
  if (!index) {
    const ids = [...groups.values()].filter((g) => g.category).map((g) => g.id);
    index = { ids, order: new Map(ids.map((id, k) => [id, k])) };
    categoryIndexes.set(groups, index);
  }
  return index;
}

function ruleIndex(rules: CombinationRule[]): RuleIndex {
  let index = ruleIndexes.get(rules);
  if (!index) {
    const byFirstPart = new Map<string, number[]>();
    const partless: number[] = [];
    rules.forEach((rule, k) => {
      const first = rule.all[0];
      if (first === undefined) partless.push(k);
      else byFirstPart.set(first, [...(byFirstPart.get(first) ?? []), k]);
    });
    index = {
      byFirstPart,
      partless,
      minimums: rules.map((rule) => Object.entries(rule.minDistinct ?? {})),
      reasons: rules.map((rule) => rule.all.join('+')),
    };
    ruleIndexes.set(rules, index);
  }
  return index;
}

/**
 * Lexicon groups that carry a category fire on their own; combination rules need all their parts.
 * Only the groups and rules the present features can satisfy are looked at, in their file order.
 * `sentences`: the comment's, for blockers whose reach is their sentence (without it they reach the
 * whole comment, like the others).
 */
export function evaluateRules(
  features: FeatureSet,
  groups: Map<string, LexiconGroup>,
  rules: CombinationRule[],
  sentences?: Sentences,
): RuleHit[] {
  const categories = categoryIndex(groups);
  const { byFirstPart, partless, minimums, reasons } = ruleIndex(rules);
  // Indexed loops: this runs cold for a while, where for-of allocates an iterator per loop.
  const categoryGroups: number[] = [];
  const candidateRules = partless.slice();
  const names = features.names();
  for (let n = 0; n < names.length; n++) {
    const order = categories.order.get(names[n]!);
    if (order !== undefined) categoryGroups.push(order);
    const firstPartOf = byFirstPart.get(names[n]!) ?? NO_RULES;
    for (let r = 0; r < firstPartOf.length; r++) candidateRules.push(firstPartOf[r]!);
  }
  if (categoryGroups.length > 1) categoryGroups.sort((a, b) => a - b);
  if (candidateRules.length > 1) candidateRules.sort((a, b) => a - b);
  const hits: RuleHit[] = [];
  for (let c = 0; c < categoryGroups.length; c++) {
    const group = groups.get(categories.ids[categoryGroups[c]!]!)!;
    if (!group.category || !present(features, group.id, groups)) continue;
    const ranges = features.spans(group.id);
    if (group.unless !== undefined && anyBlocks(features, group.unless, groups, ranges, sentences)) continue;
    hits.push({ ruleId: group.category, score: group.weight ?? 0.8, ranges, reason: group.id });
  }
  for (let c = 0; c < candidateRules.length; c++) {
    const k = candidateRules[c]!;
    const rule = rules[k]!;
    if (!allPresent(features, rule.all, groups)) continue;
    if (!enoughDistinct(features, minimums[k]!)) continue;
    const ranges: Range[] = [];
    for (let n = 0; n < rule.all.length; n++) features.addSpansTo(ranges, rule.all[n]!);
    if (rule.none !== undefined && anyBlocks(features, rule.none, groups, ranges, sentences)) continue;
    hits.push({ ruleId: rule.ruleId, score: rule.score, ranges, reason: reasons[k]! });
  }
  return hits;
}

function allPresent(features: FeatureSet, names: string[], groups: Map<string, LexiconGroup>): boolean {
  for (let n = 0; n < names.length; n++) if (!present(features, names[n]!, groups)) return false;
  return true;
}

/**
 * Whether one of the blockers is present where it reaches the hit's ranges: anywhere in the comment,
 * or for a blocker of `reach: sentence`, in a sentence of the hit or a tag right after it.
 */
function anyBlocks(
  features: FeatureSet,
  blockers: string[],
  groups: Map<string, LexiconGroup>,
  hit: Range[],
  sentences: Sentences | undefined,
): boolean {
  for (let n = 0; n < blockers.length; n++) {
    const name = blockers[n]!;
    const ranges = features.ranges(name);
    if (ranges === undefined) continue;
    if (sentences === undefined || groups.get(name)?.reach !== 'sentence') return true;
    if (sharesASentence(ranges, hit, sentences)) return true;
  }
  return false;
}

function sharesASentence(blocker: readonly number[], hit: Range[], sentences: Sentences): boolean {
  for (let h = 0; h < hit.length; h++) {
    const first = sentences.at(hit[h]!.start);
    const last = sentences.at(Math.max(hit[h]!.start, hit[h]!.end - 1));
    for (let b = 0; b < blocker.length; b += 2) {
      const s = sentences.at(blocker[b]!);
      if (s >= first && s <= last) return true;
      if (s - 1 >= first && s - 1 <= last && sentences.isTag(s)) return true;
    }
  }
  return false;
}

function enoughDistinct(features: FeatureSet, minimums: Array<[string, number]>): boolean {
  for (let m = 0; m < minimums.length; m++)
    if (features.distinctTerms(minimums[m]![0]) < minimums[m]![1]) return false;
  return true;
}
