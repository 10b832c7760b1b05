import { type CompiledModel, WEIGHT_STRIDE } from './classifier.ts';

// Packing: lane j holds rule 2j times 2^26 plus rule 2j + 1. Sums of integers stay exact in a
// float64 below 2^53, and the low rule's sum stays within ±2^25 while at most exactGramLimit()
// n-grams are counted, so each sum unpacks exactly (the scan kernel unpacks them). Texts that could
// count more take the full pipeline.
export const LANE = 2 ** 26;
export const LANES = 8;

/** How many distinct n-grams the packed sums stay exact for (every one of them, for the bundled model). */
export function exactGramLimit(model: CompiledModel | null): number {
  let largest = 1;
  const weights = model?.weights ?? new Int32Array(0);
  // Indexed: an iterator over the 900,000 weights took ~15 ms of load.
  for (let k = 0; k < weights.length; k++) largest = Math.max(largest, Math.abs(weights[k]!));
  return Math.min(model?.grams.length ?? 0, Math.floor((LANE / 2 - 1) / largest));
}

export function packWeights(model: CompiledModel | null): Float64Array {
  if (!model) return new Float64Array(0);
  const rows = model.grams.length;
  const packed = new Float64Array(rows * LANES);
  for (let id = 0; id < rows; id++)
    for (let j = 0; j < LANES; j++) {
      const high = model.weights[id * WEIGHT_STRIDE + 2 * j]!;
      const low = 2 * j + 1 < WEIGHT_STRIDE ? model.weights[id * WEIGHT_STRIDE + 2 * j + 1]! : 0;
      packed[id * LANES + j] = high * LANE + low;
    }
  return packed;
}
