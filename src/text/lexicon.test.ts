import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { withDefaults } from './context.ts';
import { createModerationEngine, type ModerationEngine } from './engine.ts';
import { CompiledLexicon, loadLexiconFiles } from './lexicon.ts';
import { normalise, normaliseTerm } from './normalise.ts';

const files = loadLexiconFiles();
const lexicon = new CompiledLexicon(files);
let engine: ModerationEngine;
beforeAll(() => {
  engine = createModerationEngine();
});

// Japanese-script terms of groups that are rules on their own (romaji has its own boundary rules).
const JAPANESE_TERMS = files
  .flatMap((f) => f.groups.filter((g) => g.category))
  .flatMap((g) => g.terms)
  .filter((t) => /^[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]{2,8}$/.test(t));

const INVISIBLE_OR_SEPARATOR = ['\u200b', '\u200c', '\u2060', '\ufeff', ' ', '　', '.', '・', '_', '/'];

function toHalfWidthKatakana(s: string): string {
  const table: Record<string, string> = {
    カ: 'ｶ',
    ス: 'ｽ',
    シ: 'ｼ',
    ネ: 'ﾈ',
    バ: 'ﾊﾞ',
    ブ: 'ﾌﾞ',
    ク: 'ｸ',
    ソ: 'ｿ',
    ゴ: 'ｺﾞ',
    ミ: 'ﾐ',
  };
  return [...s].map((c) => table[c] ?? c).join('');
}

describe('evasion (property)', () => {
  test('SNS-DELETE-02/06/07/12: separators, zero-width characters or width changes inside a listed term keep the verdict', () => {
    const context = withDefaults({ tenantId: 'prop' });
    fc.assert(
      fc.property(
        fc.constantFrom(...JAPANESE_TERMS),
        fc.array(fc.tuple(fc.nat(16), fc.constantFrom(...INVISIBLE_OR_SEPARATOR)), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        (term, inserts, halfWidth) => {
          const chars = [...(halfWidth ? toHalfWidthKatakana(term) : term)];
          for (const [pos, sep] of inserts) chars.splice(1 + (pos % (chars.length - 1)), 0, sep);
          const plain = engine.moderate({ text: `「${term}」`, context });
          const evasive = engine.moderate({ text: `「${chars.join('')}」`, context });
          expect(evasive.labels.map((l) => l.ruleId)).toEqual(plain.labels.map((l) => l.ruleId));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('offsets', () => {
  test("every evidence span's original text normalises to the matched term", () => {
    const noise = fc.constantFrom('ここの', '　', 'ｗ', '。', '\u200b', 'ABC', '😀', 'ー', '※');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(noise, fc.constantFrom(...JAPANESE_TERMS)), { maxLength: 8 }),
        (parts) => {
          const text = parts.join('');
          const n = normalise(text);
          for (const m of lexicon.match(n, text)) {
            const original = text.slice(n.map[m.start], n.ends[m.end - 1]);
            expect(normaliseTerm(original)).toBe(n.text.slice(m.start, m.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('verdict spans point at the characters the user wrote', () => {
    const text = 'あいつ本当に ｼ . ﾈ って思う';
    const v = engine.moderate({ text, context: withDefaults({ tenantId: 'x' }) });
    const span = v.labels[0]!.spans[0]!;
    expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(normaliseTerm(span.text)).toBe('しね');
  });
});

test('katakana-only words do not match inside ordinary words', () => {
  const text = '動かすのが大変。アーカイブすぐ見ます。ブースが少ない';
  const n = normalise(text);
  const ids = lexicon.match(n, text).map((m) => m.group.id);
  expect(ids).not.toContain('insult-strong');
  expect(ids).not.toContain('tl-insult');
});

describe('katakana-strict groups', () => {
  const strictLexicon = new CompiledLexicon([
    {
      name: 'test',
      source: 'test',
      groups: [
        { id: 'strict-only', terms: ['ブス', 'ヌード'], katakanaStrict: true },
        { id: 'both-scripts', terms: ['ポンコツ', 'ぽんこつ'], katakanaStrict: true },
      ],
    },
  ]);
  const groupsIn = (text: string) => strictLexicon.match(normalise(text), text).map((m) => m.group.id);

  test('SNS-DELETE-02: a word listed in katakana and in kana matches in either script', () => {
    expect(groupsIn('あいつはポンコツ')).toEqual(['both-scripts']);
    expect(groupsIn('あいつはぽんこつ')).toEqual(['both-scripts']);
  });

  test('SNS-DELETE-02: a katakana-only word does not match in kana, or through a folded long vowel', () => {
    expect(groupsIn('ぶすっとした顔')).toEqual([]);
    expect(groupsIn('企業のブースに行きました')).toEqual([]);
    expect(groupsIn('ブスって言われた')).toEqual(['strict-only']);
  });

  test('SNS-DELETE-12: a katakana-only word with a long vowel of its own matches as written', () => {
    expect(groupsIn('ヌード写真')).toEqual(['strict-only']);
    expect(groupsIn('ぬーど写真')).toEqual([]);
  });
});

test('SNS-DELETE-12: a term’s romaji spelling matches with its doubled letters, as a comment folds them', () => {
  const group = { id: 'g', category: 'SNS-DELETE-12' as const, terms: ['せっくす', 'ぼっき'], romaji: true };
  const compiled = new CompiledLexicon([{ name: 't', source: 'test', groups: [group] }]);
  const found = (text: string): string[] => compiled.match(normalise(text), text).map((m) => m.term);
  expect(found('sekkusu shiyo')).toEqual(['せっくす']);
  // ぼっき folds to "boki", which is 簿記 (bookkeeping): a short spelling changed by folding is not listed.
  expect(found('boki 2kyuu motteimasu')).toEqual([]);
});
