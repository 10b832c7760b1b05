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

/** Lexicon groups that carry a category fire on their own; combination rules need all their parts. */
export function evaluateRules(
  features: FeatureSet,
  groups: Map<string, LexiconGroup>,
  rules: CombinationRule[],
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const group of groups.values()) {
    if (!group.category || !present(features, group.id, groups)) continue;
    if ((group.unless ?? []).some((u) => features.has(u))) continue;
    hits.push({
      ruleId: group.category,
      score: group.weight ?? 0.8,
      ranges: features.spans(group.id),
      reason: group.id,
    });
  }
  for (const rule of rules) {
    if (!rule.all.every((name) => present(features, name, groups))) continue;
    const min = rule.minDistinct ?? {};
    if (Object.entries(min).some(([name, n]) => features.distinctTerms(name) < n)) continue;
    if ((rule.none ?? []).some((name) => features.has(name))) continue;
    const ranges = rule.all.flatMap((name) => features.spans(name));
    hits.push({ ruleId: rule.ruleId, score: rule.score, ranges, reason: rule.all.join('+') });
  }
  return hits;
}
