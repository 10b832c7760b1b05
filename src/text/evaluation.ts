import type { ModerationContext } from './context.ts';
import { loadDemoTenant } from './context.ts';
import type { ModerationEngine } from './engine.ts';
import { isRuleId, RULE_IDS, type RuleId } from './verdict.ts';

/** One labelled row in the schema of shared/data/moderation/dev.jsonl. */
export interface LabelledRow {
  id: string;
  text: string;
  labels: RuleId[];
  account: string;
  post?: string;
}

export interface CategoryScore {
  ruleId: RuleId;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  rows: number;
  acceptable: number;
  falsePositiveRate: number;
  macroF1: number;
  categories: CategoryScore[];
  confusions: Array<{ gold: string; predicted: string; count: number; examples: string[] }>;
  errors: string[];
}

export function parseLabelledLine(line: string, lineNo: number): LabelledRow {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new Error(`line ${lineNo}: not valid JSON (${(e as Error).message})`);
  }
  const o = value as Partial<LabelledRow> & { labels?: unknown };
  if (typeof o !== 'object' || o === null || typeof o.text !== 'string' || !Array.isArray(o.labels)) {
    throw new Error(`line ${lineNo}: expected an object with "text" and "labels"`);
  }
  const labels = o.labels.filter((l): l is RuleId => typeof l === 'string' && isRuleId(l));
  if (labels.length !== o.labels.length)
    throw new Error(`line ${lineNo}: unknown label in ${JSON.stringify(o.labels)}`);
  return {
    id: typeof o.id === 'string' ? o.id : `line-${lineNo}`,
    text: o.text,
    labels,
    account: typeof o.account === 'string' ? o.account : 'jobcafe',
    ...(typeof o.post === 'string' ? { post: o.post } : {}),
  };
}

/** The tenant profile for a row: its account kind, with the channel and request read from `post`. */
export function contextForRow(
  row: LabelledRow,
  cache = new Map<string, ModerationContext>(),
): ModerationContext {
  let base = cache.get(row.account);
  if (!base) {
    base = loadDemoTenant(row.account);
    cache.set(row.account, base);
  }
  const post = row.post ?? '';
  const isDesk = row.account === 'desk' || post.startsWith('LINE');
  const channel = !isDesk
    ? 'public-comment'
    : /1対1|折り返し|連絡先/.test(post)
      ? 'desk-chat'
      : 'desk-broadcast-reply';
  return {
    ...base,
    channel,
    post,
    contactRequested: isDesk && /連絡先の確認|連絡先を|折り返し/.test(post),
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function evaluate(engine: ModerationEngine, rows: LabelledRow[]): EvaluationReport {
  const counts = new Map<RuleId, { tp: number; fp: number; fn: number; support: number }>();
  for (const r of RULE_IDS) counts.set(r, { tp: 0, fp: 0, fn: 0, support: 0 });
  const confusion = new Map<string, { count: number; examples: string[] }>();
  const cache = new Map<string, ModerationContext>();
  let acceptable = 0;
  let flaggedAcceptable = 0;
  for (const row of rows) {
    const verdict = engine.moderate({ text: row.text, context: contextForRow(row, cache) });
    const predicted = new Set(verdict.labels.map((l) => l.ruleId));
    const gold = new Set(row.labels);
    if (gold.size === 0) {
      acceptable++;
      if (predicted.size > 0) flaggedAcceptable++;
    }
    for (const r of RULE_IDS) {
      const c = counts.get(r)!;
      if (gold.has(r)) c.support++;
      if (gold.has(r) && predicted.has(r)) c.tp++;
      else if (predicted.has(r)) c.fp++;
      else if (gold.has(r)) c.fn++;
    }
    const goldTop = row.labels[0] ?? 'ok';
    const predTop = verdict.labels[0]?.ruleId ?? 'ok';
    if (!(gold.has(predTop as RuleId) || (goldTop === 'ok' && predTop === 'ok'))) {
      const key = `${goldTop}→${predTop}`;
      const entry = confusion.get(key) ?? { count: 0, examples: [] };
      entry.count++;
      if (entry.examples.length < 3) entry.examples.push(row.id);
      confusion.set(key, entry);
    }
  }
  const categories = RULE_IDS.map((ruleId) => {
    const c = counts.get(ruleId)!;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { ruleId, ...c, precision, recall, f1 };
  });
  return {
    rows: rows.length,
    acceptable,
    falsePositiveRate: ratio(flaggedAcceptable, acceptable),
    macroF1: categories.reduce((s, c) => s + c.f1, 0) / categories.length,
    categories,
    confusions: [...confusion.entries()]
      .map(([k, v]) => {
        const [gold = '', predicted = ''] = k.split('→');
        return { gold, predicted, ...v };
      })
      .sort((a, b) => b.count - a.count)
      .slice(0, 12),
    errors: [],
  };
}

export function formatReport(report: EvaluationReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    `rows ${report.rows}, acceptable ${report.acceptable}`,
    '',
    'category        support     P       R       F1',
    ...report.categories.map(
      (c) =>
        `${c.ruleId}  ${String(c.support).padStart(6)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`,
    ),
    '',
    `macro-F1                ${pct(report.macroF1)}`,
    `false-positive rate on acceptable comments: ${pct(report.falsePositiveRate)}`,
    '',
    'worst confusions (gold first label → predicted first label):',
    ...report.confusions.map(
      (c) => `  ${String(c.count).padStart(3)}  ${c.gold} → ${c.predicted}   e.g. ${c.examples.join(', ')}`,
    ),
  ];
  return lines.join('\n');
}
