// A new engine moderates the project's own training sentences at load. V8 compiles a function with its
// optimising tier only after some thousands of calls, and the pipeline runs once per flagged comment;
// moderating these first means the first real comments after a start are not judged by code still in
// its lower tiers (docs/perf.md, seventh session).
import { existsSync } from 'node:fs';
import { readTrainingCorpus, TRAINING_DIR } from './training-corpus.ts';

/** Passes over the texts: two bring the pipeline's functions past V8's tier-up thresholds. */
const WARM_UP_PASSES = 2;
/** Enough texts to bring every branch's code up, without the whole corpus's cost at every start. */
const WARM_UP_TEXTS = 1_000;

/** The warm-up texts; none when the corpus is not shipped. */
export function loadWarmUpTexts(): string[] {
  if (!existsSync(TRAINING_DIR)) return [];
  return readTrainingCorpus(TRAINING_DIR, WARM_UP_TEXTS)
    .map((line) => line.text)
    .filter((text) => text !== '');
}

export function warmUp(moderate: (input: { text: string }) => unknown): void {
  const texts = loadWarmUpTexts();
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const text of texts) moderate({ text });
}
