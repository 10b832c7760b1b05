import type { Verdict } from './verdict.ts';
import { RULE_IDS } from './verdict.ts';

/** One comment read from a batch file: a JSON object with "text", or a plain line of text. */
export interface BatchComment {
  id: string;
  text: string;
  account?: string;
  post?: string;
  authorName?: string;
  authorHandle?: string;
}

export type ParsedLine = { ok: true; comment: BatchComment } | { ok: false; error: string };

export function parseCommentLine(line: string, lineNo: number): ParsedLine {
  const trimmed = line.replace(/\r$/, '');
  if (!trimmed.trimStart().startsWith('{'))
    return { ok: true, comment: { id: `line-${lineNo}`, text: trimmed } };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (e) {
    return { ok: false, error: `line ${lineNo}: malformed JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') {
    return { ok: false, error: `line ${lineNo}: a JSON line needs a string field "text"` };
  }
  const o = value as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? { [k]: o[k] as string } : {});
  return {
    ok: true,
    comment: {
      id: typeof o.id === 'string' ? o.id : `line-${lineNo}`,
      text: o.text as string,
      ...str('account'),
      ...str('post'),
      ...str('authorName'),
      ...str('authorHandle'),
    },
  };
}

export function verdictJsonl(comment: BatchComment, verdict: Verdict): string {
  return JSON.stringify({ id: comment.id, ...verdict });
}

export const CSV_HEADER = 'id,action,labels,scores,evidence,policy_version,truncated,care,errors';

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function verdictCsv(comment: BatchComment, verdict: Verdict): string {
  return [
    comment.id,
    verdict.action,
    verdict.labels.map((l) => l.ruleId).join(' '),
    verdict.labels.map((l) => l.score.toFixed(3)).join(' '),
    verdict.labels.flatMap((l) => l.spans.map((s) => `${s.start}-${s.end}:${s.text}`)).join(' | '),
    verdict.policyVersion,
    String(verdict.truncated),
    String(verdict.care),
    verdict.errors.join('; '),
  ]
    .map(csvField)
    .join(',');
}

/** Counts for the table printed at the end of a batch. */
export class BatchSummary {
  comments = 0;
  unreadable = 0;
  readonly actions = { allow: 0, review: 0, hide: 0 };
  readonly byRule = new Map<string, number>();
  care = 0;
  truncated = 0;

  add(verdict: Verdict): void {
    this.comments++;
    this.actions[verdict.action]++;
    if (verdict.care) this.care++;
    if (verdict.truncated) this.truncated++;
    for (const l of verdict.labels) this.byRule.set(l.ruleId, (this.byRule.get(l.ruleId) ?? 0) + 1);
  }

  format(): string {
    const rows = [
      `comments read     ${this.comments}`,
      `unreadable lines  ${this.unreadable}`,
      `allow             ${this.actions.allow}`,
      `review            ${this.actions.review}`,
      `hide              ${this.actions.hide}`,
      `care (to a person) ${this.care}`,
      `truncated         ${this.truncated}`,
      '',
      'rule              comments',
      ...RULE_IDS.filter((r) => this.byRule.has(r)).map(
        (r) => `${r}     ${String(this.byRule.get(r)).padStart(6)}`,
      ),
    ];
    return rows.join('\n');
  }
}
