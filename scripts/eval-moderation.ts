// npm run eval:moderation — scores the engine on the shared dev set, read at run time (never copied).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createModerationEngine,
  evaluate,
  formatReport,
  type LabelledRow,
  parseLabelledLine,
} from '../src/text/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const path =
  process.argv[2] ??
  process.env.MADOGUCHI_MODERATION_DEV ??
  resolve(repoRoot, '../shared/data/moderation/dev.jsonl');

let raw: string;
try {
  raw = readFileSync(path, 'utf8');
} catch (e) {
  process.stderr.write(`eval:moderation: cannot read ${path}: ${(e as Error).message}\n`);
  process.exit(1);
}
const rows: LabelledRow[] = [];
raw.split('\n').forEach((line, i) => {
  if (line.trim() === '') return;
  try {
    rows.push(parseLabelledLine(line, i + 1));
  } catch (e) {
    process.stderr.write(`${path}: ${(e as Error).message}\n`);
  }
});
const engine = createModerationEngine();
const started = performance.now();
const report = evaluate(engine, rows);
const ms = performance.now() - started;
process.stdout.write(`${path}\n${formatReport(report)}\n\n${rows.length} rows in ${ms.toFixed(0)} ms\n`);
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
