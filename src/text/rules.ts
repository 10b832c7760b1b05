import { readFileSync } from 'node:fs';
import type { FeatureSet, Range } from './features.ts';
import type { LexiconGroup } from './lexicon.ts';
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
 */
export function evaluateRules(
  features: FeatureSet,
  groups: Map<string, LexiconGroup>,
  rules: CombinationRule[],
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
    if (group.unless !== undefined && anyPresent(features, group.unless)) continue;
    hits.push({
      ruleId: group.category,
      score: group.weight ?? 0.8,
      ranges: features.spans(group.id),
      reason: group.id,
    });
  }
  for (let c = 0; c < candidateRules.length; c++) {
    const k = candidateRules[c]!;
    const rule = rules[k]!;
    if (!allPresent(features, rule.all, groups)) continue;
    if (!enoughDistinct(features, minimums[k]!)) continue;
    if (rule.none !== undefined && anyPresent(features, rule.none)) continue;
    const ranges: Range[] = [];
    for (let n = 0; n < rule.all.length; n++) features.addSpansTo(ranges, rule.all[n]!);
    hits.push({ ruleId: rule.ruleId, score: rule.score, ranges, reason: reasons[k]! });
  }
  return hits;
}

function allPresent(features: FeatureSet, names: string[], groups: Map<string, LexiconGroup>): boolean {
  for (let n = 0; n < names.length; n++) if (!present(features, names[n]!, groups)) return false;
  return true;
}

function anyPresent(features: FeatureSet, names: string[]): boolean {
  for (let n = 0; n < names.length; n++) if (features.has(names[n]!)) return true;
  return false;
}

function enoughDistinct(features: FeatureSet, minimums: Array<[string, number]>): boolean {
  for (let m = 0; m < minimums.length; m++)
    if (features.distinctTerms(minimums[m]![0]) < minimums[m]![1]) return false;
  return true;
}
