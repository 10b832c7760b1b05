import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildKernel } from '../../../scripts/build-kernel.ts';
import { CompiledModel, loadBundledModel } from '../classifier.ts';
import { defaultContext } from '../context.ts';
import { createModerationEngine } from '../engine.ts';
import { FastPath } from '../fast-path.ts';
import { IntList } from '../int-list.ts';
import { CompiledLexicon, loadLexiconFiles } from '../lexicon.ts';
import type { Normalised } from '../normalise.ts';
import { normalise } from '../normalise.ts';
import { LANE, LANES, packWeights } from '../packed-weights.ts';
import { loadRuleFile } from '../rules.ts';
import { buildScanAutomaton } from '../scan-automaton.ts';
import { TableFold } from '../table-fold.ts';
import { FOLD_DECLINED, FOLD_REPORTED, KERNEL, KERNEL_URL, ScanKernel } from './scan-kernel.ts';

const learned = loadBundledModel();
const model = learned ? new CompiledModel(learned) : null;
const kernel = new ScanKernel(buildScanAutomaton(model?.grams ?? [], []), packWeights(model));

/** The kernel's view of a text (codes alone, then with offsets), or null when it declines the text. */
function kernelViews(text: string, reportedAllowed = false): [string, Normalised] | null {
  const length = kernel.fold(text, false, reportedAllowed);
  if (length < 0) return null;
  const codes = String.fromCharCode(...kernel.codes.subarray(0, length));
  expect(kernel.fold(text, true, reportedAllowed)).toBe(length);
  const view: Normalised = {
    text: String.fromCharCode(...kernel.codes.subarray(0, length)),
    map: kernel.starts.slice(0, length),
    ends: kernel.ends.slice(0, length),
    katakana: kernel.kata.slice(0, length),
  };
  return [codes, view];
}

// Latin words and the characters whose handling looks at neighbours: separators between letters,
// in-word confusables (L!NE, sh1ne), repeats, long vowels, half-width kana with voiced marks, emoji.
const PIECES = ['line', 'sh', 'ne', 'a', 'ok', 'ba', 'か', 'カ', 'ﾗｲﾝ', 'ｶﾞ', 'ﾊﾟ', 'ー', 'ｰ', '〇', 'ℓ', '😊'];
const ODD = [' ', '.', '!', '1', '0', '$', '@', '\u200b', '・', '　', 'L', 'Ｉ', 'ﾞ', '!!', '..', ' 1 '];

test('the kernel builds the match view that normalise() builds, or declines', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES, ...ODD), { minLength: 1, maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const views = kernelViews(text);
      if (views === null) return;
      const expected = normalise(text, 'match');
      expect(views[0]).toBe(expected.text);
      expect(views[1]).toEqual(expected);
    }),
    { numRuns: 5000 },
  );
});

test('the kernel takes ordinary comments, Latin words, half-width kana and emoji itself', () => {
  for (const text of [
    'Thank you for the seminar.',
    'ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ!!資料がわかりやすかったです😊',
    'ばーーか、ﾗ イ ﾝ',
    's.h.i.n.e kasu',
    'L!NE',
    // Characters met for the first time here: the kernel stops for each, the host describes it.
    '鬱鬱しい𠮷野家🦖ﾎﾟ',
  ])
    expect(kernelViews(text)).toEqual([normalise(text, 'match').text, normalise(text, 'match')]);
});

test('a scan that meets characters no kernel has seen finds what a second scan of the same text finds', () => {
  const path = new FastPath(new CompiledLexicon(loadLexiconFiles()), loadRuleFile().rules, model);
  // Characters used nowhere else in the tests, around a listed insult and a staff self-introduction.
  const text = '龘靐齉𪚥お前なんか死ね、職員の鱻です麤𩸽';
  const scans = [0, 1].map(() => {
    expect(path.decide(text, defaultContext()).kind).toBe('pipeline');
    const { scanner } = path;
    return {
      view: String.fromCharCode(...scanner.viewCodes()),
      sums: Array.from(scanner.sums),
      decisive: scanner.decisive,
      staff: scanner.staffIntroduction,
      matches: scanner.lexiconMatches().toArray(),
    };
  });
  expect(scans[0]!.view).toBe(normalise(text, 'match').text);
  expect(scans[0]!.decisive && scans[0]!.staff).toBe(true);
  expect(scans[0]).toEqual(scans[1]);
});

test('the kernel unpacks the weight sum of each rule exactly, negative and at the edge of its lane', () => {
  // Two n-grams; lane j holds rule 2j's weight times LANE plus rule 2j + 1's (packed-weights.ts).
  const edge = LANE / 2 - 1;
  const pack = (high: number, low: number): number[] =>
    Array.from({ length: LANES }, () => high * LANE + low);
  const lanes = new Float64Array([...pack(-5, edge), ...pack(7, -edge)]);
  const small = new ScanKernel(buildScanAutomaton(['あ', 'い'], []), lanes);
  const sums = (text: string): number[] => {
    expect(small.fold(text, false)).toBeGreaterThan(0);
    return Array.from(small.sums.subarray(0, 2));
  };
  expect(sums('あ')).toEqual([-5, edge]);
  expect(sums('い')).toEqual([7, -edge]);
  expect(sums('あいあ')).toEqual([2, 0]); // each n-gram counts once per text
  expect(sums('う')).toEqual([0, 0]);
});

test('the kernel reports what the sanitiser reports, and folds it as the normaliser does once the text is sanitised', () => {
  for (const text of ['ok\u0007', 'a\ud800b', 'a\udc00b', 'x\ufffd'])
    expect(kernel.fold(text, false)).toBe(FOLD_REPORTED);
  // Sanitised: control characters and U+FFFD stay (broken surrogates became U+FFFD).
  for (const text of ['ok\u0007です', 'x\ufffdカス', '死\u0000ね'])
    expect(kernelViews(text, true)).toEqual([normalise(text, 'match').text, normalise(text, 'match')]);
  // A lone low surrogate is left to the table fold even then.
  expect(kernel.fold('a\udc00b', false, true)).toBe(FOLD_DECLINED);
});

test('the kernel folds texts up to its capacity and declines longer ones, which the engine still judges', () => {
  const text = '説明会に参加しました。'.repeat(1000);
  expect(kernelViews(text)?.[0]).toBe(normalise(text, 'match').text);
  const long = `${'説明会に参加しました。'.repeat(Math.ceil(kernel.capacity / 11))}死ね`;
  expect(long.length).toBeGreaterThan(kernel.capacity);
  expect(kernel.fold(long, false)).toBe(FOLD_DECLINED);
  const options = { maxLength: long.length };
  const verdict = createModerationEngine(options).moderate({ text: long });
  expect(verdict.labels.map((l) => l.ruleId)).toContain('SNS-DELETE-07');
  expect(verdict).toEqual(createModerationEngine({ ...options, fastPath: false }).moderate({ text: long }));
  // Too long for the kernel, but its view is short (zero-width characters drop out): the table fold
  // builds the view and the kernel's automaton pass still runs over it.
  const padded = `お前なんか死ね${'\u200b'.repeat(kernel.capacity + 10)}です`;
  const both = [true, false].map((fastPath) =>
    createModerationEngine({ maxLength: padded.length, fastPath }).moderate({ text: padded }),
  );
  expect(both[0]!.labels.map((l) => l.ruleId)).toContain('SNS-DELETE-07');
  expect(both[0]).toEqual(both[1]);
});

test('the kernel notes the same compact text, flags and dots before letters as the two-pass fold', () => {
  const table = new TableFold();
  const pieces = [...PIECES, ...ODD, '資料', 'です。', 'x.com', 'viewer.scr', '０９０', '＠', '．'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
      const text = parts.join('');
      if (kernel.fold(text, false) < 0) return;
      const { header } = kernel;
      const dots = Array.from(kernel.dots.subarray(0, header[KERNEL.H_DOTS]!));
      const compact = kernel.compact.slice(0, header[KERNEL.H_COMPACT_LENGTH]!);
      const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
      const tableCompact = new Uint16Array(text.length);
      const tableDots = new IntList();
      expect(table.run(units, text.length, tableCompact, tableDots)).toBe(true);
      expect([compact.length, header[KERNEL.H_ANY], header[KERNEL.H_ALL], dots]).toEqual([
        table.compactLength,
        table.anyFlags,
        table.allFlags,
        tableDots.toArray(),
      ]);
      expect(compact).toEqual(tableCompact.subarray(0, table.compactLength));
    }),
    { numRuns: 3000 },
  );
});

test('the committed scan-kernel.wasm is the build of the kernel source (npm run build:kernel)', async () => {
  expect(Buffer.from(await buildKernel()).equals(readFileSync(KERNEL_URL))).toBe(true);
}, 60_000);
