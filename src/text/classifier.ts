import { existsSync, readFileSync } from 'node:fs';
import { RULE_IDS, type RuleId } from './verdict.ts';

/**
 * The learned component: one-vs-rest logistic regression over character 1–3-grams of the
 * normalised text, trained at build time by scripts/train-moderation.ts on the project's own corpus.
 */
export interface LearnedModel {
  version: string;
  ngram: [number, number];
  classes: RuleId[];
  bias: number[];
  /** n-gram → [class index, weight] pairs (weights rounded, near-zero ones pruned). */
  weights: Record<string, Array<[number, number]>>;
}

export const MODEL_URL = new URL('./model/moderation-model.json', import.meta.url);

export function loadBundledModel(): LearnedModel | null {
  if (!existsSync(MODEL_URL)) return null;
  return JSON.parse(readFileSync(MODEL_URL, 'utf8')) as LearnedModel;
}

export function ngrams(text: string, [min, max]: [number, number]): Map<string, number> {
  const out = new Map<string, number>();
  const padded = `\u0002${text}\u0003`;
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      const g = padded.slice(i, i + n);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
  }
  return out;
}

/** Binary features, scaled by 1/sqrt(count) so long texts do not saturate the sigmoid. */
export function featureVector(text: string, range: [number, number]): Map<string, number> {
  const grams = ngrams(text, range);
  const scale = 1 / Math.sqrt(Math.max(1, grams.size));
  const out = new Map<string, number>();
  for (const g of grams.keys()) out.set(g, scale);
  return out;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LearnedModel, normalisedText: string): Map<RuleId, number> {
  const z = [...model.bias];
  for (const [g, x] of featureVector(normalisedText, model.ngram)) {
    const ws = model.weights[g];
    if (!ws) continue;
    for (const [c, w] of ws) z[c] = (z[c] ?? 0) + w * x;
  }
  const out = new Map<RuleId, number>();
  for (const [c, ruleId] of model.classes.entries()) out.set(ruleId, sigmoid(z[c] ?? 0));
  return out;
}

export const MODEL_CLASSES: RuleId[] = [...RULE_IDS];
