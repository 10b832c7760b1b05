import { expect, test } from 'vitest';
import { BatchSummary, parseCommentLine, verdictCsv } from './batch.ts';
import { createModerationEngine } from './engine.ts';

test('a plain line is a comment; a JSON line needs "text"', () => {
  expect(parseCommentLine('こんにちは', 3)).toEqual({
    ok: true,
    comment: { id: 'line-3', text: 'こんにちは' },
  });
  const json = parseCommentLine('{"id":"c1","text":"死ね","account":"coop"}', 1);
  expect(json).toEqual({ ok: true, comment: { id: 'c1', text: '死ね', account: 'coop' } });
});

test('a malformed JSON line gives an error naming the line', () => {
  const r = parseCommentLine('{"text": oops', 7);
  expect(r.ok).toBe(false);
  expect(r.ok ? '' : r.error).toMatch(/^line 7: malformed JSON/);
  const missing = parseCommentLine('{"body":"x"}', 8);
  expect(missing.ok ? '' : missing.error).toMatch(/^line 8: .*"text"/);
});

test('SNS-DELETE-07: CSV output quotes fields and carries evidence and the policy version', () => {
  const engine = createModerationEngine();
  const verdict = engine.moderate({ text: '死ね, "本気"' });
  const row = verdictCsv({ id: 'x', text: '' }, verdict);
  expect(row.startsWith('x,hide,SNS-DELETE-07,')).toBe(true);
  expect(row).toContain('0-2:死ね');
  const summary = new BatchSummary();
  summary.add(verdict);
  expect(summary.format()).toMatch(/SNS-DELETE-07\s+1/);
});
