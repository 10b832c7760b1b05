// The project's training corpus (training/*.tsv): one `labels<TAB>text` line per sentence, lines
// starting with # are comments. Read by the model's trainer (scripts/train-moderation.ts) and by the
// engine's warm-up.
import { readdirSync, readFileSync } from 'node:fs';

export const TRAINING_DIR = new URL('./training/', import.meta.url);

export interface TrainingLine {
  file: string;
  /** SNS-DELETE numbers, comma-separated, or "ok" for an acceptable sentence. */
  labels: string;
  text: string;
}

/** The corpus's sentences, file by file in name order; with `limit`, only the first so many (files after them are not read). */
export function readTrainingCorpus(
  dir: URL = TRAINING_DIR,
  limit = Number.POSITIVE_INFINITY,
): TrainingLine[] {
  const lines: TrainingLine[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      const [labels = '', text = ''] = line.split('\t');
      lines.push({ file, labels, text });
      if (lines.length >= limit) return lines;
    }
  }
  return lines;
}
