import fc from 'fast-check';
import { expect, test } from 'vitest';
import { CodeBuffer, toNormalised } from './code-buffer.ts';
import { type Normalised, normalise } from './normalise.ts';
import { QuickFold } from './quick-fold.ts';
import { TableFold } from './table-fold.ts';

const quick = new QuickFold();

/** The quick pass's view of a text (codes alone, then with offsets), or null when it declines the text. */
function quickViews(text: string): [string, Normalised] | null {
  const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const out = new CodeBuffer(text.length + 1);
  const compact = new Uint16Array(text.length);
  if (!quick.run(units, text.length, out, false, compact, [])) return null;
  const codes = String.fromCharCode(...out.codes.subarray(0, out.length));
  expect(quick.run(units, text.length, out.reset(), true, compact, [])).toBe(true);
  return [codes, toNormalised(out)];
}

// Latin words and the characters whose handling looks at neighbours: separators between letters,
// in-word confusables (L!NE, sh1ne), repeats, long vowels, half-width kana with voiced marks, emoji.
const PIECES = ['line', 'sh', 'ne', 'a', 'ok', 'ba', 'か', 'カ', 'ﾗｲﾝ', 'ｶﾞ', 'ﾊﾟ', 'ー', 'ｰ', '〇', 'ℓ', '😊'];
const ODD = [' ', '.', '!', '1', '0', '$', '@', '\u200b', '・', '　', 'L', 'Ｉ', 'ﾞ', '!!', '..', ' 1 '];

test('the quick pass builds the match view that normalise() builds, or declines', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES, ...ODD), { minLength: 1, maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const views = quickViews(text);
      if (views === null) return;
      const expected = normalise(text, 'match');
      expect(views[0]).toBe(expected.text);
      expect(views[1]).toEqual(expected);
    }),
    { numRuns: 5000 },
  );
});

test('the quick pass takes ordinary comments, Latin words, half-width kana and emoji itself', () => {
  for (const text of [
    'Thank you for the seminar.',
    'ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ!!資料がわかりやすかったです😊',
    'ばーーか、ﾗ イ ﾝ',
    's.h.i.n.e kasu',
    'L!NE',
  ])
    expect(quickViews(text)).toEqual([normalise(text, 'match').text, normalise(text, 'match')]);
});

test('the quick pass notes the same compact text, flags and dots before letters as the two-pass fold', () => {
  const table = new TableFold();
  const pieces = [...PIECES, ...ODD, '資料', 'です。', 'x.com', 'viewer.scr', '０９０', '＠', '．'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
      const [quickCompact, tableCompact] = [new Uint16Array(text.length), new Uint16Array(text.length)];
      const quickDots: number[] = [];
      const tableDots: number[] = [];
      if (!quick.run(units, text.length, new CodeBuffer(text.length + 1), false, quickCompact, quickDots))
        return;
      expect(table.run(units, text.length, tableCompact, tableDots)).toBe(true);
      expect([quick.compactLength, quick.anyFlags, quick.allFlags, quickDots]).toEqual([
        table.compactLength,
        table.anyFlags,
        table.allFlags,
        tableDots,
      ]);
      expect(quickCompact.subarray(0, quick.compactLength)).toEqual(
        tableCompact.subarray(0, table.compactLength),
      );
    }),
    { numRuns: 3000 },
  );
});
