import { existsSync, readFileSync } from 'node:fs';
import { slabFloat64 } from './array-slab.ts';
import { Automaton, type AutomatonTables, buildAutomaton } from './automaton.ts';
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
export const MODEL_CLASSES: RuleId[] = [...RULE_IDS];
export const START = '\u0002';
export const END = '\u0003';

export function loadBundledModel(): LearnedModel | null {
  if (!existsSync(MODEL_URL)) return null;
  return JSON.parse(readFileSync(MODEL_URL, 'utf8')) as LearnedModel;
}

/**
 * Features are binary (n-gram present), scaled by 1/sqrt(number of n-gram positions) so long
 * texts do not saturate the sigmoid. The scale depends only on the length, so inference can find
 * the model's n-grams with one automaton pass instead of cutting every substring.
 */
export function ngramScale(paddedLength: number, [min, max]: [number, number]): number {
  let total = 0;
  for (let n = min; n <= max; n++) total += Math.max(0, paddedLength - n + 1);
  return 1 / Math.sqrt(Math.max(1, total));
}

/** Training-side feature extraction (all n-grams of the text with the shared scale). */
export function featureVector(text: string, range: [number, number]): Map<string, number> {
  const padded = `${START}${text}${END}`;
  const scale = ngramScale(padded.length, range);
  const out = new Map<string, number>();
  for (let n = range[0]; n <= range[1]; n++) {
    for (let i = 0; i + n <= padded.length; i++) out.set(padded.slice(i, i + n), scale);
  }
  return out;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Weights are stored at 1/1000 precision (the trainer rounds them so); sums are exact integers. */
export const WEIGHT_UNITS = 1000;
/** Row stride of the dense weight table: one column per rule, in the order of RULE_IDS. */
export const WEIGHT_STRIDE = 16;

/** The model compiled for inference, as a table file stores it (engine-tables.ts). */
export interface ModelTables {
  /** The n-gram lengths, [min, max]. */
  ngram: readonly number[];
  /** The n-grams, by id; row id of `weights`. */
  grams: readonly string[];
  /** weights[id * WEIGHT_STRIDE + slot]: weight of n-gram id for the rule at RULE_IDS[slot], in WEIGHT_UNITS. */
  weights: Int32Array;
  /** Per rule slot: the bias, and 1 where the model has the class. */
  bias: Float64Array;
  hasClass: Uint8Array;
  automaton: AutomatonTables;
}

/** The dense integer tables of a trained model, and the automaton over its n-grams. */
export function compileModel(model: LearnedModel): ModelTables {
  const bias = new Float64Array(RULE_IDS.length);
  const hasClass = new Uint8Array(RULE_IDS.length);
  const classSlot = model.classes.map((c) => {
    const slot = RULE_IDS.indexOf(c);
    if (slot < 0) throw new Error(`model class ${c} is not a rule`);
    return slot;
  });
  classSlot.forEach((slot, c) => {
    bias[slot] = model.bias[c]!;
    hasClass[slot] = 1;
  });
  const grams = Object.keys(model.weights);
  const weights = new Int32Array(grams.length * WEIGHT_STRIDE);
  grams.forEach((g, id) => {
    for (const [c, w] of model.weights[g]!)
      weights[id * WEIGHT_STRIDE + classSlot[c]!] = Math.round(w * WEIGHT_UNITS);
  });
  return { ngram: model.ngram, grams, weights, bias, hasClass, automaton: buildAutomaton(grams) };
}

/**
 * The model compiled for inference: an automaton over its n-grams and a dense table of integer
 * weights. Sums of integers do not depend on the order they are added in, so the fast scanner,
 * which meets the n-grams in another order, computes exactly the same probabilities.
 */
export class CompiledModel {
  private readonly automaton: Automaton;
  readonly grams: readonly string[];
  readonly weights: Int32Array;
  readonly ngram: [number, number];
  private readonly bias: Float64Array;
  private readonly hasClass: Uint8Array;
  private readonly seen: Uint8Array;
  private readonly touched: number[] = [];
  private readonly sums = new Int32Array(WEIGHT_STRIDE);
  readonly tables: ModelTables;

  /** A trained model, or the tables compileModel made of one. */
  constructor(source: LearnedModel | ModelTables) {
    const tables =
      source.weights instanceof Int32Array ? (source as ModelTables) : compileModel(source as LearnedModel);
    this.tables = tables;
    this.grams = tables.grams;
    this.weights = tables.weights;
    this.ngram = [tables.ngram[0]!, tables.ngram[1]!];
    this.bias = tables.bias;
    this.hasClass = tables.hasClass;
    this.automaton = new Automaton(tables.automaton);
    this.seen = new Uint8Array(this.grams.length);
  }

  /** Probability per rule, in the order of RULE_IDS. */
  predict(normalisedText: string): Float64Array {
    const padded = `${START}${normalisedText}${END}`;
    const { seen, touched, weights, sums } = this;
    sums.fill(0);
    this.automaton.scan(padded, (p) => {
      if (seen[p] === 1) return;
      seen[p] = 1;
      touched.push(p);
      for (let slot = 0; slot < RULE_IDS.length; slot++) sums[slot]! += weights[p * WEIGHT_STRIDE + slot]!;
    });
    for (const p of touched) seen[p] = 0;
    touched.length = 0;
    return this.probabilities(sums, padded.length);
  }

  /** The feature scale of a text of paddedLength code units (see ngramScale). */
  scale(paddedLength: number): number {
    return ngramScale(paddedLength, this.ngram);
  }

  /**
   * Whether any rule's logit reaches `limit`. A logit is bias + (weight sum / WEIGHT_UNITS) × scale,
   * here and in probabilities(): written out in both, as these run cold for a while, where each call costs.
   */
  anyLogitReaches(sums: Int32Array, paddedLength: number, limit: number): boolean {
    const scale = this.scale(paddedLength);
    for (let slot = 0; slot < RULE_IDS.length; slot++)
      if (this.hasClass[slot] === 1 && this.bias[slot]! + (sums[slot]! / WEIGHT_UNITS) * scale >= limit)
        return true;
    return false;
  }

  probabilities(sums: Int32Array, paddedLength: number): Float64Array {
    const out = slabFloat64(RULE_IDS.length);
    const scale = this.scale(paddedLength);
    for (let slot = 0; slot < RULE_IDS.length; slot++)
      if (this.hasClass[slot] === 1)
        out[slot] = 1 / (1 + Math.exp(-(this.bias[slot]! + (sums[slot]! / WEIGHT_UNITS) * scale)));
    return out;
  }
}
