import { expect, test } from 'vitest';
import { FeatureSet } from './features.ts';
import type { LexiconGroup } from './lexicon.ts';
import { type CombinationRule, evaluateRules } from './rules.ts';

const groups = new Map<string, LexiconGroup>(
  [
    { id: 'insult', category: 'SNS-DELETE-02', terms: [] },
    { id: 'quote', terms: [] },
    { id: 'threat', category: 'SNS-DELETE-07', terms: [], unless: ['quote'] },
    { id: 'money', terms: [], minDistinct: 2 },
    { id: 'call', terms: [] },
  ].map((g) => [g.id, g as LexiconGroup]),
);
const rules: CombinationRule[] = [
  { ruleId: 'SNS-DELETE-05', all: ['money', 'call'], score: 0.9 },
  { ruleId: 'SNS-DELETE-02', all: ['call', 'insult'], none: ['quote'], score: 0.7 },
  { ruleId: 'SNS-DELETE-14', all: [], score: 0.1 },
];

function hitsFor(...added: Array<[string, string?]>): string[] {
  const features = new FeatureSet();
  for (const [name, term] of added) features.add(name, 0, 1, term);
  return evaluateRules(features, groups, rules).map((h) => h.reason);
}

test('SNS-DELETE hits come in the order of the groups and rules, whatever the order features were found in', () => {
  expect(hitsFor(['call'], ['insult'], ['threat'])).toEqual(['insult', 'threat', 'call+insult', '']);
  expect(hitsFor(['threat'], ['insult'], ['call'])).toEqual(['insult', 'threat', 'call+insult', '']);
});

test('unless, none and minDistinct still hold back groups and rules', () => {
  expect(hitsFor(['quote'], ['threat'], ['insult'], ['call'])).toEqual(['insult', '']);
  expect(hitsFor(['call'], ['money', 'a'], ['money', 'a'])).toEqual(['']);
  expect(hitsFor(['call'], ['money', 'a'], ['money', 'b'])).toEqual(['money+call', '']);
});
