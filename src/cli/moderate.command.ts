// `madoguchi moderate`: a thin adapter over src/text (reading lines, printing verdicts).
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  BatchSummary,
  CSV_HEADER,
  contextForRow,
  createModerationEngine,
  evaluate,
  formatReport,
  type LabelledRow,
  listDemoTenants,
  loadDemoTenant,
  type ModerationContext,
  parseCommentLine,
  parseLabelledLine,
  verdictCsv,
  verdictJsonl,
} from '../text/index.ts';

const HELP = `madoguchi moderate [FILE|-] [--format jsonl|csv] [--tenant T]
madoguchi moderate --eval FILE

  FILE          one comment per line: plain text, or JSON {"text": ..., "id", "account", "post",
                "authorName", "authorHandle"}; "-" or nothing reads standard input
  --format      jsonl (default) or csv; verdicts go to standard output
  --tenant      demo tenant profile (${listDemoTenants().join(', ')}); a JSON line's "account" overrides it
  --eval FILE   score a labelled JSONL file (schema of shared/data/moderation/dev.jsonl)

A summary table is printed on standard error at the end. Unreadable lines are reported with
their line number and skipped; the exit code is non-zero only when nothing could be read.
`;

interface Options {
  file: string;
  format: 'jsonl' | 'csv';
  tenant: string | undefined;
  evalFile: string | undefined;
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { file: '-', format: 'jsonl', tenant: undefined, evalFile: undefined };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => args[++i] ?? '';
    if (a === '--help' || a === '-h') return HELP;
    else if (a === '--format') {
      const f = value();
      if (f !== 'jsonl' && f !== 'csv') return `unknown format "${f}" (jsonl or csv)`;
      o.format = f;
    } else if (a === '--tenant') o.tenant = value();
    else if (a === '--eval') o.evalFile = value();
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.file = a;
  }
  return o;
}

function progress(done: number, total: number): void {
  const width = 30;
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const bar = '█'.repeat(Math.round(ratio * width)).padEnd(width, '░');
  process.stderr.write(`\r${bar} ${(ratio * 100).toFixed(0).padStart(3)}%`);
}

async function runEval(file: string): Promise<number> {
  const rows: LabelledRow[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push(parseLabelledLine(line, i + 1));
    } catch (e) {
      process.stderr.write(`${file}: ${(e as Error).message}\n`);
    }
  });
  if (rows.length === 0) {
    process.stderr.write(`${file}: no labelled rows could be read\n`);
    return 1;
  }
  process.stdout.write(`${formatReport(evaluate(createModerationEngine(), rows))}\n`);
  return 0;
}

export async function moderateCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    const isHelp = parsed === HELP;
    (isHelp ? process.stdout : process.stderr).write(
      isHelp ? HELP : `madoguchi moderate: ${parsed}\n\n${HELP}`,
    );
    return isHelp ? 0 : 2;
  }
  if (parsed.evalFile) return runEval(parsed.evalFile);
  const base: ModerationContext | undefined = parsed.tenant ? loadDemoTenant(parsed.tenant) : undefined;
  const engine = createModerationEngine();
  const stdin = parsed.file === '-';
  const total = stdin ? 0 : statSync(parsed.file).size;
  const stream = stdin ? process.stdin : createReadStream(parsed.file, { encoding: 'utf8' });
  const showProgress = process.stderr.isTTY === true && !stdin && total > 200_000;
  const summary = new BatchSummary();
  const contexts = new Map<string, ModerationContext>();
  let lineNo = 0;
  let bytes = 0;
  if (parsed.format === 'csv') process.stdout.write(`${CSV_HEADER}\n`);
  for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNo++;
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue;
    const result = parseCommentLine(line, lineNo);
    if (!result.ok) {
      summary.unreadable++;
      process.stderr.write(`${showProgress ? '\n' : ''}madoguchi moderate: ${result.error}\n`);
      continue;
    }
    const c = result.comment;
    const account = c.account ?? parsed.tenant;
    const context = account
      ? contextForRow(
          { id: c.id, text: c.text, labels: [], account, ...(c.post ? { post: c.post } : {}) },
          contexts,
        )
      : base;
    const verdict = engine.moderate({
      text: c.text,
      ...(context ? { context } : {}),
      ...(c.authorName ? { authorName: c.authorName } : {}),
      ...(c.authorHandle ? { authorHandle: c.authorHandle } : {}),
    });
    summary.add(verdict);
    process.stdout.write(`${parsed.format === 'csv' ? verdictCsv(c, verdict) : verdictJsonl(c, verdict)}\n`);
    if (showProgress && summary.comments % 500 === 0) progress(bytes, total);
  }
  if (showProgress) {
    progress(total, total);
    process.stderr.write('\n');
  }
  process.stderr.write(`${summary.format()}\n`);
  return summary.comments === 0 && summary.unreadable > 0
    ? 1
    : summary.comments === 0 && lineNo === 0
      ? 1
      : 0;
}
