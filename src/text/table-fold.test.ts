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
  // No kana before it: only the full pipeline folds that, so the table fold declines.
  expect(tableView('Aﾞ')).toBeNull();
  const engine = createModerationEngine();
  expect(engine.moderate({ text: 'お前はﾊ ﾞ ｶだ' })).toEqual(
    createModerationEngine({ fastPath: false }).moderate({ text: 'お前はﾊ ﾞ ｶだ' }),
  );
});
