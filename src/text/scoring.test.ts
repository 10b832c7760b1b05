import { describe, expect, test } from 'vitest';
import { defaultContext } from './context.ts';
import { FeatureSet } from './features.ts';
import type { RuleHit } from './rules.ts';
import { decideLabels, MODEL_ONLY_MIN, modelDampers } from './scoring.ts';
import { RULE_IDS, type RuleId } from './verdict.ts';

// How the learned model's probabilities and the rules' hits become labels. Probabilities are set by
// hand here, so each test pins one decision of the scoring, whatever the bundled model says.

const DAMPERS = modelDampers([
  { ruleId: 'SNS-DELETE-01', all: ['crime-job'], none: ['warning-context', 'self-reference'], score: 0.8 },
]);

function learned(probabilities: Partial<Record<RuleId, number>>): Float64Array {
  return Float64Array.from(RULE_IDS, (id) => probabilities[id] ?? 0);
}

function features(...names: string[]): FeatureSet {
  const set = new FeatureSet();
  for (const name of names) set.add(name, 0, 1);
  return set;
}

function labelsOf(
  text: string,
  probabilities: Partial<Record<RuleId, number>>,
  present: FeatureSet = features(),
  hits: RuleHit[] = [],
): RuleId[] {
  return decideLabels({
    hits,
    learned: learned(probabilities),
    features: present,
    context: defaultContext(),
    text,
    dampers: DAMPERS,
  }).map((l) => l.ruleId);
}

const TEXT = 'これは十分な長さのあるコメントです';

describe('the learned model in the verdict (SNS-DELETE)', () => {
  test('SNS-DELETE: the model alone labels a comment only when it is sure', () => {
    expect(labelsOf(TEXT, { 'SNS-DELETE-02': MODEL_ONLY_MIN })).toEqual(['SNS-DELETE-02']);
    expect(labelsOf(TEXT, { 'SNS-DELETE-02': MODEL_ONLY_MIN - 0.05 })).toEqual([]);
  });

  test('SNS-DELETE: a weaker model probability still strengthens a rule hit', () => {
    const hit: RuleHit = { ruleId: 'SNS-DELETE-02', score: 0.45, ranges: [], reason: 'test' };
    expect(labelsOf(TEXT, {}, features(), [hit])).toEqual([]);
    expect(labelsOf(TEXT, { 'SNS-DELETE-02': 0.6 }, features(), [hit])).toEqual(['SNS-DELETE-02']);
  });

  test('SNS-DELETE: a word or two is too little for the model alone', () => {
    expect(labelsOf('草', { 'SNS-DELETE-14': 0.99 })).toEqual([]);
    expect(labelsOf('草生える草', { 'SNS-DELETE-14': 0.99 })).toEqual(['SNS-DELETE-14']);
  });

  test('SNS-DELETE-06: the model labels discrimination alone only where a group is named, and not where the comment takes its side', () => {
    expect(labelsOf(TEXT, { 'SNS-DELETE-06': 0.99 })).toEqual([]);
    expect(labelsOf(TEXT, { 'SNS-DELETE-06': 0.99 }, features('protected-group'))).toEqual(['SNS-DELETE-06']);
    expect(labelsOf(TEXT, { 'SNS-DELETE-06': 0.99 }, features('protected-group', '06-side'))).toEqual([]);
    const hit: RuleHit = { ruleId: 'SNS-DELETE-06', score: 0.45, ranges: [], reason: 'test' };
    expect(labelsOf(TEXT, { 'SNS-DELETE-06': 0.99 }, features(), [hit])).toEqual(['SNS-DELETE-06']);
  });

  test('SNS-DELETE-01: a blocker of the category’s rules weakens the model there', () => {
    expect(labelsOf(TEXT, { 'SNS-DELETE-01': 0.95 })).toEqual(['SNS-DELETE-01']);
    expect(labelsOf(TEXT, { 'SNS-DELETE-01': 0.95 }, features('warning-context'))).toEqual([]);
    // A first person is in too many violations to excuse one.
    expect(labelsOf(TEXT, { 'SNS-DELETE-01': 0.95 }, features('self-reference'))).toEqual(['SNS-DELETE-01']);
    // Only the category whose rules it blocks.
    expect(labelsOf(TEXT, { 'SNS-DELETE-02': 0.95 }, features('warning-context'))).toEqual(['SNS-DELETE-02']);
  });

  test('SNS-DELETE-07: a link to a page about a harm weakens the model’s 07', () => {
    expect(labelsOf(TEXT, { 'SNS-DELETE-07': 0.95 })).toEqual(['SNS-DELETE-07']);
    expect(labelsOf(TEXT, { 'SNS-DELETE-07': 0.95 }, features('harmful-link-topic'))).toEqual([]);
  });
});
