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
  const categoryGroups: number[] = [];
  const candidateRules = partless.slice();
  for (const name of features.names()) {
    const order = categories.order.get(name);
    if (order !== undefined) categoryGroups.push(order);
    for (const k of byFirstPart.get(name) ?? NO_RULES) candidateRules.push(k);
  }
  const hits: RuleHit[] = [];
  for (const order of categoryGroups.sort((a, b) => a - b)) {
    const group = groups.get(categories.ids[order]!)!;
    if (!group.category || !present(features, group.id, groups)) continue;
    if (group.unless?.some((u) => features.has(u))) continue;
    hits.push({
      ruleId: group.category,
      score: group.weight ?? 0.8,
      ranges: features.spans(group.id),
      reason: group.id,
    });
  }
  for (const k of candidateRules.sort((a, b) => a - b)) {
    const rule = rules[k]!;
    if (!allPresent(features, rule.all, groups)) continue;
    if (minimums[k]!.some(([name, n]) => features.distinctTerms(name) < n)) continue;
    if (rule.none?.some((name) => features.has(name))) continue;
    const ranges: Range[] = [];
    for (const name of rule.all) ranges.push(...features.spans(name));
    hits.push({ ruleId: rule.ruleId, score: rule.score, ranges, reason: reasons[k]! });
  }
  return hits;
}

function allPresent(features: FeatureSet, names: string[], groups: Map<string, LexiconGroup>): boolean {
  for (const name of names) if (!present(features, name, groups)) return false;
  return true;
}
