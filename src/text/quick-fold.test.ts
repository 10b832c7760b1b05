import fc from 'fast-check';
import { expect, test } from 'vitest';
import { normalise } from './normalise.ts';
import { QuickFold } from './quick-fold.ts';

const quick = new QuickFold();

/** The quick pass's view of a text, or null when it hands the text to the two separate passes. */
function quickView(text: string): string | null {
  const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const codes = new Uint16Array(text.length);
  const compact = new Uint16Array(text.length);
  if (!quick.run(units, text.length, codes, compact, [])) return null;
  return String.fromCharCode(...codes.subarray(0, quick.length));
}

// Latin words and the characters whose handling looks at neighbours: separators between letters,
// in-word confusables (L!NE, sh1ne), repeats, long vowels, half-width kana with voiced marks, emoji.
const PIECES = ['line', 'sh', 'ne', 'a', 'ok', 'ba', 'か', 'カ', 'ﾗｲﾝ', 'ｶﾞ', 'ﾊﾟ', 'ー', 'ｰ', '〇', 'ℓ', '😊'];
const ODD = [' ', '.', '!', '1', '0', '$', '@', '\u200b', '・', '　', 'L', 'Ｉ', 'ﾞ', '!!', '..', ' 1 '];

test('the quick pass builds the match view that normalise() builds, or declines', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES, ...ODD), { minLength: 1, maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const view = quickView(text);
      if (view !== null) expect(view).toBe(normalise(text, 'match').text);
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
    expect(quickView(text)).toBe(normalise(text, 'match').text);
});
