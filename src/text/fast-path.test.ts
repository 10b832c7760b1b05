import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/moderation-corpus.ts';
import { CompiledModel, loadBundledModel } from './classifier.ts';
import { loadDemoTenant, type ModerationContext, withDefaults } from './context.ts';
import { CLAIM_WORDS } from './detectors/facts.ts';
import { STAFF_WORDS } from './detectors/impersonation.ts';
import { createModerationEngine, type ModerationInput } from './engine.ts';
import { contextForRow, parseLabelledLine } from './evaluation.ts';
import { FastPath } from './fast-path.ts';
import { CompiledLexicon, loadLexiconFiles } from './lexicon.ts';
import { type Normalised, normalise } from './normalise.ts';
import { loadRuleFile } from './rules.ts';

const fast = createModerationEngine();
const full = createModerationEngine({ fastPath: false });
const DEV_SET = new URL('../../../shared/data/moderation/dev.jsonl', import.meta.url);

/** Inputs on which the two paths disagree, with both verdicts, for a readable failure. */
function disagreements(inputs: ModerationInput[]): unknown[] {
  const out: unknown[] = [];
  for (const input of inputs) {
    const a = fast.moderate(input);
    const b = full.moderate(input);
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ text: input.text, fast: a, full: b });
  }
  return out;
}

const CONTEXTS: ModerationContext[] = [
  loadDemoTenant('jobcafe'),
  {
    ...loadDemoTenant('desk'),
    channel: 'desk-chat',
    contactRequested: true,
    post: 'LINE: 1対1の相談チャット',
  },
  loadDemoTenant('coop'),
  withDefaults({
    tenantId: 'posts',
    officialPosts: ['合同企業説明会を6月22日(土)10時から見本市民ホールで開催します。参加無料です。'],
    thresholds: { review: 0.2, hide: 0.9, reviewOnly: [] },
  }),
  withDefaults({ tenantId: 'narrow', ruleSet: ['SNS-DELETE-02', 'SNS-DELETE-14'] }),
  withDefaults({ tenantId: 'everything', thresholds: { review: 0, hide: 0.85, reviewOnly: [] } }),
];

// Pieces that exercise every trigger: listed terms, detector words, digits, links, handles, noise.
const lexicon = loadLexiconFiles();
const TERMS = lexicon.flatMap((f) => f.groups.flatMap((g) => g.terms)).filter((_, k) => k % 7 === 0);
const PIECES = [
  ...TERMS,
  ...STAFF_WORDS,
  ...CLAIM_WORDS,
  'スタッフの佐藤です',
  'LINE',
  'ﾗｲﾝ ID',
  '@kasegu_ex',
  '０９０ー１２３４ー５６７８',
  'https://bit.ly/x',
  'viewer.scr',
  'seminar.co',
  'らしい',
  'ですか？',
  '死ぬほど',
  'ｗｗｗｗｗｗ',
  '😊😊😊😊😊😊',
  'asdfghjkl',
  'ジョブカフェ',
  '予約はいつから取れますか。',
  'Thank you for the seminar.',
  // Halves of trigger words, so that odd characters land inside them.
  'x.c',
  'om',
  '.ap',
  'k',
  'bit.l',
  'y/x',
  'ka',
  'segu_ex',
  '職員の',
  '佐藤',
  'です',
  'らい',
  'ん',
  'お',
  '金',
  '閉',
  '鎖',
  '09',
  '0-1234',
];
const ODD_UNITS = [
  ' ',
  '.',
  '・',
  '\u200b',
  '\u200d',
  '\ufe0f',
  'ー',
  'ｰ',
  'ﾞ',
  'ﾟ',
  '゛',
  '…',
  '㏂',
  'ß',
  '①',
  '\u0007',
  '\r',
  '\n',
  '\ud83d',
  '\ude0a',
  '\ufffd',
  '〇',
  '*',
  'ｶﾞ',
  'с',
  '!',
  '1',
  '0',
  '＠',
  '．',
  'Ｗ',
];

const HALF_WIDTH = new Map<string, string>();
for (let c = 0xff61; c <= 0xff9f; c++) {
  const half = String.fromCharCode(c);
  const wide = half.normalize('NFKC');
  if (wide.length === 1) HALF_WIDTH.set(wide, half);
}
/** Full-width ASCII and half-width katakana: the width changes people use to dodge filters. */
function changeWidth(s: string): string {
  return [...s]
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (c > 0x20 && c < 0x7f) return String.fromCharCode(c + 0xfee0);
      return HALF_WIDTH.get(ch) ?? ch;
    })
    .join('');
}

const evasiveText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.constantFrom(...PIECES).map(changeWidth),
      fc
        .tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '.', '\u200b', '・', '-'))
        .map(([p, sep]) => [...p].join(sep)),
      fc.constantFrom(...ODD_UNITS),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

describe('SNS-DELETE fast path gives the same verdict as the full pipeline', () => {
  test.skipIf(!existsSync(DEV_SET))('on the development set', () => {
    const cache = new Map<string, ModerationContext>();
    const rows = readFileSync(DEV_SET, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => parseLabelledLine(line, i + 1));
    expect(
      disagreements(rows.map((row) => ({ text: row.text, context: contextForRow(row, cache) }))),
    ).toEqual([]);
  });

  test('on the generated benchmark corpus, in several tenant contexts', () => {
    const { comments } = generateCorpus(20_000);
    const inputs = comments.map((c, k) => ({
      text: c.text,
      context: CONTEXTS[k % 7 === 0 ? k % CONTEXTS.length : 0]!,
    }));
    expect(disagreements(inputs)).toEqual([]);
  });

  test('on listed terms with separators, width changes and odd characters (fast-check)', () => {
    fc.assert(
      fc.property(evasiveText, fc.constantFrom(...CONTEXTS), (text, context) => {
        expect(disagreements([{ text, context }])).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('on copy-paste repetitions, whole or with a tail (SNS-DELETE-14 noise)', () => {
    const block = fc.array(fc.constantFrom('予約', 'ok', 'カ', 'w', '！', '😊', ' ', '予'), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        block,
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom('', '予', 'です'),
        (parts, times, tail) => {
          const text = parts.join('').repeat(times) + tail;
          expect(disagreements([{ text, context: CONTEXTS[0]! }])).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('on noise next to a phone number or a link, in every context (noise awake with other detectors)', () => {
    const noise = fc.constantFrom(
      'ああああああああ',
      'wwwwwwww',
      '😊😊😊😊😊😊',
      'asdfghjkl',
      '予約予約予約予約予約予約',
      '!',
    );
    const other = fc.constantFrom('090-1234-5678', '０９０１２３４５６７８', 'x.com/a', 'LINE: abc_123', '');
    fc.assert(
      fc.property(noise, other, fc.constantFrom(...CONTEXTS), fc.boolean(), (n, o, context, first) => {
        const text = first ? `${n} ${o}` : `${o}${n}`;
        expect(disagreements([{ text, context }])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('with author names, tenant terms, empty, over-long and broken texts, and links split by invisible characters', () => {
    const context = withDefaults({
      tenantId: 't',
      extraTerms: [{ term: 'ぼったくり', ruleId: 'SNS-DELETE-02' }],
    });
    expect(
      disagreements([
        { text: 'ここはボッタクリ', context },
        { text: '当選おめでとうございます', context: CONTEXTS[0]!, authorName: 'ジョブカフェ見本 公式' },
        { text: '' },
        { text: `${'あ'.repeat(10_005)}死ね` },
        { text: 42 as unknown as string },
        // Characters the light view drops inside a link: it is still a link there.
        { text: '詳しくは x.c\rom/a へ', context: CONTEXTS[0]! },
        { text: '詳しくは x.c\u0001om/a へ', context: CONTEXTS[0]! },
        { text: '詳しくは ｘ．ｃ\u200bｏｍ へ', context: CONTEXTS[0]! },
        { text: 'viewer.s\u0007cr を開いて', context: CONTEXTS[0]! },
      ]),
    ).toEqual([]);
  });
});

/** A view with its own arrays (the scanner's are over its buffers). */
const copyOf = (view: Normalised): Normalised => ({
  text: view.text,
  map: view.map.slice(),
  ends: view.ends.slice(),
  katakana: view.katakana.slice(),
});

test('the scanner builds exactly the match view that normalise() builds, finds the same lexicon matches and model sums', () => {
  const learned = loadBundledModel();
  const model = learned ? new CompiledModel(learned) : null;
  const lexicon = new CompiledLexicon(loadLexiconFiles());
  const path = new FastPath(lexicon, loadRuleFile().rules, model);
  fc.assert(
    fc.property(evasiveText, (text) => {
      if (path.decide(text, CONTEXTS[0]!).kind === 'full') return;
      const length = path.scanner.viewLength;
      const expected = normalise(text, 'match');
      expect(String.fromCharCode(...path.scanner.viewCodes())).toBe(expected.text);
      path.scanner.completeView();
      expect(copyOf(path.scanner.view())).toEqual(expected);
      expect(lexicon.match(expected, text, path.scanner.lexiconMatches())).toEqual(
        lexicon.match(expected, text),
      );
      if (model)
        expect(model.probabilities(path.scanner.sums, length + 2)).toEqual(model.predict(expected.text));
    }),
    { numRuns: 2000 },
  );
});
