import { existsSync, readFileSync } from 'node:fs';
import { Automaton } from './automaton.ts';
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
const START = '\u0002';
const END = '\u0003';

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

/** The model compiled for inference: an automaton over its n-grams and flat weight arrays. */
export class CompiledModel {
  private readonly automaton: Automaton;
  private readonly offsets: Int32Array;
  private readonly classIndex: Int32Array;
  private readonly values: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: number[] = [];
  private readonly z: Float64Array;
  /** Position in RULE_IDS of each model class. */
  private readonly classSlot: Int32Array;
  readonly model: LearnedModel;

  constructor(model: LearnedModel) {
    this.model = model;
    this.z = new Float64Array(model.classes.length);
    this.classSlot = Int32Array.from(model.classes, (c) => {
      const slot = RULE_IDS.indexOf(c);
      if (slot < 0) throw new Error(`model class ${c} is not a rule`);
      return slot;
    });
    const grams = Object.keys(model.weights);
    this.automaton = new Automaton(grams);
    this.offsets = new Int32Array(grams.length + 1);
    let size = 0;
    for (const g of grams) size += model.weights[g]!.length;
    this.classIndex = new Int32Array(size);
    this.values = new Float64Array(size);
    let k = 0;
    grams.forEach((g, i) => {
      this.offsets[i] = k;
      for (const [c, w] of model.weights[g]!) {
        this.classIndex[k] = c;
        this.values[k] = w;
        k++;
      }
    });
    this.offsets[grams.length] = k;
    this.seen = new Uint8Array(grams.length);
  }

  /** Probability per rule, in the order of RULE_IDS. */
  predict(normalisedText: string): Float64Array {
    const padded = `${START}${normalisedText}${END}`;
    const scale = ngramScale(padded.length, this.model.ngram);
    const z = this.z;
    z.set(this.model.bias);
    const { seen, touched, offsets, classIndex, values } = this;
    this.automaton.scan(padded, (p) => {
      if (seen[p] === 1) return;
      seen[p] = 1;
      touched.push(p);
      for (let k = offsets[p]!; k < offsets[p + 1]!; k++) z[classIndex[k]!]! += values[k]! * scale;
    });
    for (const p of touched) seen[p] = 0;
    touched.length = 0;
    const out = new Float64Array(RULE_IDS.length);
    for (let c = 0; c < this.classSlot.length; c++) out[this.classSlot[c]!] = sigmoid(z[c]!);
    return out;
  }
}
