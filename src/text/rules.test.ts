import { expect, test } from 'vitest';
import { FeatureSet } from './features.ts';
import type { LexiconGroup } from './lexicon.ts';
import { type CombinationRule, evaluateRules } from './rules.ts';
import { Sentences } from './sentences.ts';

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
  added.forEach(([name, term], k) => {
    features.add(name, 2 * k, 2 * k + 1, term);
  });
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

test('SNS-DELETE-05 minDistinct: a term inside another match of the group (在宅 in 在宅で) is not a second term', () => {
  const features = new FeatureSet();
  features.add('call', 0, 2, 'DM');
  features.add('money', 5, 8, '在宅で');
  features.add('money', 5, 7, '在宅');
  expect(evaluateRules(features, groups, rules).map((h) => h.reason)).toEqual(['']);
  features.add('money', 10, 14, '月収百万');
  expect(evaluateRules(features, groups, rules).map((h) => h.reason)).toEqual(['money+call', '']);
});

test('SNS-DELETE blockers of reach "sentence" cancel only what shares their sentence, or the sentence a short tag follows', () => {
  const scoped = new Map(groups);
  scoped.set('ask', { id: 'ask', terms: [], reach: 'sentence' });
  scoped.set('pitch', { id: 'pitch', category: 'SNS-DELETE-05', terms: [], unless: ['ask'] });
  const reasons = (text: string, ask: string, withSentences = true): string[] => {
    const features = new FeatureSet();
    features.add('pitch', 0, 5, '副業で稼げ');
    const at = text.lastIndexOf(ask);
    features.add('ask', at, at + ask.length, ask);
    const sentences = withSentences ? new Sentences(text) : undefined;
    return evaluateRules(features, scoped, [], sentences).map((h) => h.reason);
  };
  const pitchThenQuestion = '副業で稼げます。予約はいつから取れますか？';
  expect(reasons(pitchThenQuestion, 'ますか？')).toEqual(['pitch']); // a long sentence of its own
  expect(reasons(pitchThenQuestion, 'ますか？', false)).toEqual([]); // no sentences given: the whole comment
  expect(reasons('副業で稼げますか？', 'ますか？')).toEqual([]); // the pitch's own sentence
  expect(reasons('副業で稼げます。本当ですか？', 'ですか？')).toEqual([]); // a tag on the pitch
  expect(reasons(`${pitchThenQuestion}本当ですか？`, 'ですか？')).toEqual(['pitch']); // a tag on the question
});

test('Sentences: a run of terminators ends one sentence; a short sentence after another is a tag', () => {
  const s = new Sentences('ありがとう！！助かりました。本当？\nまたね');
  expect([0, 6, 7, 13, 14, 17, 18].map((k) => s.at(k))).toEqual([0, 0, 1, 1, 2, 2, 3]);
  expect([0, 1, 2, 3].map((n) => s.isTag(n))).toEqual([false, true, true, true]);
});
