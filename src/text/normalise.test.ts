import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalise, normaliseTerm } from './normalise.ts';

describe('normalise', () => {
  test('folds width, case, katakana and half-width kana to one form', () => {
    expect(normaliseTerm('ｼﾈ')).toBe('しね');
    expect(normaliseTerm('シネ')).toBe('しね');
    expect(normaliseTerm('ＬＩＮＥ')).toBe('line');
    expect(normaliseTerm('ｶﾞｲｼﾞ')).toBe('がいじ');
  });

  test('removes separators and zero-width characters inserted between letters', () => {
    expect(normaliseTerm('し ね')).toBe('しね');
    expect(normaliseTerm('死.ね')).toBe('死ね');
    expect(normaliseTerm('死\u200bね')).toBe('死ね');
    expect(normaliseTerm('s.h.i.n.e')).toBe('shine');
    expect(normaliseTerm('Ｌ Ｉ Ｎ Ｅ')).toBe('line');
  });

  test('keeps a space between two real Latin words so romaji keeps its boundaries', () => {
    expect(normaliseTerm('baka desu')).toBe('baka desu');
  });

  test('folds long vowels and repeated characters', () => {
    expect(normaliseTerm('ばーーーか')).toBe('ばか');
    expect(normaliseTerm('ｗｗｗｗｗ')).toBe('w');
  });

  test('folds masking characters and confusable letters', () => {
    expect(normaliseTerm('S●X')).toBe(normaliseTerm('s〇x'));
    expect(normaliseTerm('L!NE')).toBe('line');
    expect(normaliseTerm('s h ! n e')).toBe('shine');
    // After a word and a space, ! is punctuation: the next word keeps its start.
    expect(normaliseTerm('iku yo! Gaikokujin')).toBe('iku yo!gaikokujin');
    expect(normaliseTerm('сat')).toBe('cat'); // Cyrillic с
  });

  test('light mode keeps digits and spacing, unifies dashes', () => {
    expect(normalise('０９０ー１２３４ー５６７８', 'light').text).toBe('090-1234-5678');
  });

  test('every normalised character maps back inside the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const n = normalise(s);
        expect(n.map.length).toBe(n.text.length);
        for (let k = 0; k < n.text.length; k++) {
          expect(n.map[k]).toBeGreaterThanOrEqual(0);
          expect(n.ends[k]).toBeLessThanOrEqual(s.length);
          expect(n.map[k]).toBeLessThan(n.ends[k]!);
        }
      }),
    );
  });

  const SEPARATORS = [' ', '.', '・', '\u200b', '\u200d', '　', '_', '-', '/'];
  test('inserting separators or zero-width characters inside a Japanese word does not change its form', () => {
    const words = ['しね', 'ころす', 'むのう', 'せっくす', 'ばか', 'ぜいきんどろぼう'];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.array(fc.tuple(fc.nat(10), fc.constantFrom(...SEPARATORS)), { maxLength: 4 }),
        (word, inserts) => {
          const chars = [...word];
          for (const [pos, sep] of inserts) chars.splice(1 + (pos % (chars.length - 1)), 0, sep);
          expect(normaliseTerm(chars.join(''))).toBe(normaliseTerm(word));
        },
      ),
    );
  });

  test('full-width and half-width forms normalise alike', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,12}$/), (ascii) => {
        const wide = [...ascii].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
        expect(normaliseTerm(wide)).toBe(normaliseTerm(ascii));
      }),
    );
  });
});
