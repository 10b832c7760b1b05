// The texts a new engine moderates once at load: the project's own training sentences (training/*.tsv,
// the text column). V8 compiles a function with its optimising tier only after some thousands of
// calls, and the pipeline runs once per flagged comment; moderating these first means the first real
// comments after a start are not judged by code still in its lower tiers (docs/perf.md, seventh session).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TRAINING_DIR = new URL('./training/', import.meta.url);
/** Passes over the texts: two bring the pipeline's functions past V8's tier-up thresholds. */
export const WARM_UP_PASSES = 2;

export function loadWarmUpTexts(dir: URL = TRAINING_DIR): string[] {
  if (!existsSync(dir)) return [];
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (line.startsWith('#')) continue;
      const text = line.split('\t')[1];
      if (text) texts.push(text);
    }
  }
  return texts;
}
