import { expect, test } from 'vitest';
import { CodeBuffer, toNormalised } from './code-buffer.ts';
import { createModerationEngine } from './engine.ts';
import { IntList } from './int-list.ts';
import { normalise, resolveInto } from './normalise.ts';
import { TableFold } from './table-fold.ts';

function tableView(text: string) {
  const table = new TableFold();
  const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  if (!table.run(units, text.length, new Uint16Array(text.length), new IntList())) return null;
  return toNormalised(resolveInto(table.folded, new CodeBuffer(text.length + 1)));
}

test('SNS-DELETE-02: a voiced mark split from its kana (ﾊ ﾞ ｶ) goes back on it in the table fold, as in normalise()', () => {
  for (const text of ['ﾊ ﾞ ｶ', 'ﾊ\u200bﾞｶ', 'は゛か', 'ﾌ・ﾟﾛ', 'お前はﾊ ﾞ ｶだ'])
    expect(tableView(text)).toEqual(normalise(text, 'match'));
  const engine = createModerationEngine();
  expect(engine.moderate({ text: 'お前はﾊ ﾞ ｶだ' })).toEqual(
    createModerationEngine({ fastPath: false }).moderate({ text: 'お前はﾊ ﾞ ｶだ' }),
  );
});

test('SNS-DELETE-05: a voiced mark no kana before it takes (ライン交換ﾞ) stays a mark of its own in the table fold, as in normalise()', () => {
  const texts = ['Aﾞ', 'ライン交換ﾞｻﾞｲﾏｽ', 'busuﾞﾄｳ', 'どもﾞ', 'ど ﾞも', '法ﾞ', 'A ﾞ', 'ﾞはじめ', 'a゚b', 'ｶ゙ﾞ'];
  for (const text of texts) expect(tableView(text)).toEqual(normalise(text, 'match'));
  // ゛ folds to a space and a mark: two codes, which the table fold leaves to the full pipeline.
  expect(tableView('A゛')).toBeNull();
  const full = createModerationEngine({ fastPath: false });
  const fast = createModerationEngine();
  for (const text of [...texts, 'ﾗｲﾝ交換ﾞしよう', 'お問い合わせはﾞ LINE ID abc123 まで'])
    expect(fast.moderate({ text })).toEqual(full.moderate({ text }));
});
