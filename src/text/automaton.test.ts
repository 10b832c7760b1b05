import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Automaton } from './automaton.ts';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    if (p.length === 0) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${id}:${i}:${i + p.length}`);
  });
  return out.sort();
}

test('finds every occurrence of every pattern, overlaps included, like a naive search', () => {
  const alphabet = fc.constantFrom('あ', 'い', 'う', 'a', 'b', '死', 'ね');
  const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
  fc.assert(
    fc.property(
      fc.uniqueArray(word, { maxLength: 12 }),
      fc.array(alphabet, { maxLength: 40 }),
      (patterns, chars) => {
        const text = chars.join('');
        const found = new Automaton(patterns)
          .search(text)
          .map((m) => `${m.pattern}:${m.start}:${m.end}`)
          .sort();
        expect(found).toEqual(naive(patterns, text));
      },
    ),
  );
});

test('reports matches by end position, and at one end the longest first (the order spans are listed in)', () => {
  const alphabet = fc.constantFrom('あ', 'い', 'a', '死', 'ね');
  const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
  fc.assert(
    fc.property(
      fc.uniqueArray(word, { maxLength: 10 }),
      fc.array(alphabet, { maxLength: 30 }),
      (patterns, chars) => {
        const found = new Automaton(patterns).search(chars.join(''));
        const ordered = [...found].sort((x, y) => x.end - y.end || y.end - y.start - (x.end - x.start));
        expect(found).toEqual(ordered);
      },
    ),
  );
});

test('matches inside running Japanese text without word boundaries', () => {
  const a = new Automaton(['税金泥棒', '泥棒']);
  expect(a.search('ここは税金泥棒の巣窟').map((m) => m.pattern)).toEqual([0, 1]);
});
