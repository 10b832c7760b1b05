import { foldOnly, isVoicedMark, SEP } from './normalise.ts';
import { isReportedControl } from './sanitise.ts';
import { readUnitTable } from './unit-table-file.ts';

/**
 * What the fast scanner needs to know about each character, in one int: how the match view folds
 * it and which detector it could wake. Entries are derived from the normaliser's own first pass
 * (foldOnly), so the table cannot disagree with normalise(): those of the BMP at build time
 * (unit-table-file.ts; a test checks them), the others the first time a character is seen.
 *
 * Layout: bits 0–15 the folded code unit (KIND_SIMPLE), bits 16–18 the kind, bits 19–30 flags.
 */
export const KIND_SIMPLE = 1; // one code unit out
export const KIND_SEPARATOR = 2; // a separator (resolved later, like the normaliser's SEP)
export const KIND_DROP = 3; // nothing out (zero-width and other invisible characters)
export const KIND_LONG_VOWEL = 4; // ー: dropped after kana, a separator elsewhere
export const KIND_HIGH_SURROGATE = 5; // look up the whole code point
export const KIND_PAIR = 6; // an astral character kept as it is (both code units)
export const KIND_COMPLEX = 7; // anything else: the scanner hands the text to the full pipeline

export const KATAKANA = 1 << 19;
/** A character the contact detector starts from (digits, @, ゼ/ぜ, 〇/零), or one that folds to a digit (①). */
export const DIGIT_OR_CONTACT = 1 << 20;
/** The light view (NFKC, lower case) gets at least one code unit from it. */
export const LIGHT_OUTPUT = 1 << 21;
export const LIGHT_ENDS_WITH_DOT = 1 << 22;
export const LIGHT_STARTS_ALNUM = 1 << 23;
/** Its own light form already holds a dot followed by a letter or digit (㏂ → a.m.). */
export const URL_INSIDE = 1 << 24;
export const LIGHT_AT = 1 << 25;
export const WHITESPACE = 1 << 26;
/** ASCII letter or whitespace: all keyboard mashing is made of. */
export const MASH_CHAR = 1 << 27;
/** Whitespace, pictograph, ZWJ or VS16: all an emoji flood is made of. */
export const FLOOD_CHAR = 1 << 28;
/** The sanitiser reports it (control character, U+FFFD). */
export const REPORTED = 1 << 29;
/** Half-width kana that takes a following (semi-)voiced mark into its own chunk (ｶﾞ). */
export const HALF_WIDTH_BASE = 1 << 30;

/** The bit of an entry that says katakana. */
export const KATAKANA_BIT = Math.log2(KATAKANA);
/**
 * An entry of one folded unit that needs no other care: not half-width, not whitespace, not reported,
 * with light output that does not end in a dot (`(entry & PLAIN_MASK) === PLAIN_ENTRY`).
 */
export const PLAIN_MASK =
  (7 << 16) | HALF_WIDTH_BASE | LIGHT_OUTPUT | LIGHT_ENDS_WITH_DOT | WHITESPACE | REPORTED;
export const PLAIN_ENTRY = (KIND_SIMPLE << 16) | LIGHT_OUTPUT;

export function kindOf(entry: number): number {
  return (entry >>> 16) & 7;
}

const PROBE_KANA = 'か';
const HIRAGANA_KA = PROBE_KANA.charCodeAt(0);

function sameCodes(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((c, k) => c === b[k]);
}

/**
 * Kind and folded code of one chunk (a character, a half-width kana with its mark, or a code point).
 * `anywhere`: the chunk must fold the same after a kana (and a voiced mark, which a kana takes, is not
 * simple); false for a mark already known to stand where no kana takes it.
 */
function matchPart(chunk: string, anywhere = true): number {
  const { codes, kata } = foldOnly(chunk, 'match');
  let kind = KIND_COMPLEX;
  let code = 0;
  if (codes.length === 0) kind = KIND_DROP;
  else if (codes.every((c) => c === SEP)) kind = KIND_SEPARATOR;
  else if (codes.length === 1) {
    kind = KIND_SIMPLE;
    code = codes[0]!;
  } else if (chunk.length === 2 && codes.length === 2 && sameCodes(codes, [...chunk].flatMap(units)))
    kind = KIND_PAIR;
  if (anywhere && kind !== KIND_COMPLEX && kind !== KIND_DROP) {
    // Folding after a kana must give the kana and then the same codes; a long vowel is dropped there.
    const after = foldOnly(PROBE_KANA + chunk, 'match').codes;
    if (!sameCodes(after, [HIRAGANA_KA, ...codes]))
      kind = kind === KIND_SEPARATOR && sameCodes(after, [HIRAGANA_KA]) ? KIND_LONG_VOWEL : KIND_COMPLEX;
  }
  if (anywhere && isVoicedMark(chunk.charCodeAt(chunk.length - 1)) && chunk.length === 1) kind = KIND_COMPLEX;
  return code | (kind << 16) | (kind === KIND_SIMPLE && kata[0] === 1 ? KATAKANA : 0);
}

function units(ch: string): number[] {
  return Array.from({ length: ch.length }, (_, k) => ch.charCodeAt(k));
}

function flags(chunk: string): number {
  const light = String.fromCharCode(...foldOnly(chunk, 'light').codes);
  let f = 0;
  if (light.length > 0) f |= LIGHT_OUTPUT;
  if (light.endsWith('.')) f |= LIGHT_ENDS_WITH_DOT;
  if (/^[a-z0-9]/.test(light)) f |= LIGHT_STARTS_ALNUM;
  if (/\.[a-z0-9]/.test(light)) f |= URL_INSIDE;
  if (light.includes('@')) f |= LIGHT_AT;
  const folded = foldOnly(chunk, 'match').codes;
  if (/[0-9０-９@＠ゼぜ〇零]/.test(chunk) || folded.some((c) => c >= 0x30 && c <= 0x39))
    f |= DIGIT_OR_CONTACT;
  if (/^\s+$/.test(chunk)) f |= WHITESPACE;
  if (/^[a-zA-Z\s]+$/.test(chunk)) f |= MASH_CHAR;
  if (/^(?:\s|\p{Extended_Pictographic}|[\u200d\ufe0f])+$/u.test(chunk)) f |= FLOOD_CHAR;
  for (const c of units(chunk)) if (isReportedControl(c) || c === 0xfffd) f |= REPORTED;
  return f;
}

function describeChunk(chunk: string): number {
  return matchPart(chunk) | flags(chunk);
}

/** Entries for single UTF-16 code units: the shipped ones, or filled on first sight (0 = not yet described). */
export const UNIT_TABLE = readUnitTable() ?? new Int32Array(65536);

/** The entry of one UTF-16 code unit, derived from the normaliser. */
export function unitEntry(code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) return KIND_HIGH_SURROGATE << 16;
  if (code >= 0xdc00 && code <= 0xdfff) return (KIND_COMPLEX << 16) | REPORTED; // lone low surrogate
  const entry = describeChunk(String.fromCharCode(code));
  return code >= 0xff61 && code <= 0xff9d ? entry | HALF_WIDTH_BASE : entry;
}

export function describeUnit(code: number): number {
  const entry = unitEntry(code);
  UNIT_TABLE[code] = entry;
  return entry;
}

/** The slot of a half-width kana (U+FF61–FF9D) followed by ﾞ or ﾟ in a table of HALF_WIDTH_SLOTS entries. */
export const HALF_WIDTH_SLOTS = 2 * (0xff9d - 0xff61 + 1);
export function halfWidthSlot(code: number, mark: number): number {
  return (code - 0xff61) * 2 + (mark - 0xff9e);
}

const halfWidthWithMark = new Int32Array(HALF_WIDTH_SLOTS);

/** A half-width kana followed by ﾞ (0xff9e) or ﾟ (0xff9f), folded as one chunk like the normaliser does. */
export function describeHalfWidthWithMark(code: number, mark: number): number {
  const slot = halfWidthSlot(code, mark);
  let entry = halfWidthWithMark[slot]!;
  if (entry === 0) {
    entry = describeChunk(String.fromCharCode(code, mark));
    if (kindOf(entry) !== KIND_SIMPLE) entry = (entry & ~(7 << 16)) | (KIND_COMPLEX << 16);
    halfWidthWithMark[slot] = entry;
  }
  return entry;
}

const loneMarks = new Map<number, number>();

/**
 * The entry of a (semi-)voiced mark that no kana before it takes (ライン交換ﾞ, どもﾞ): folded on its
 * own, as normalise() then emits it (KIND_SIMPLE when that is one code).
 */
export function describeLoneMark(code: number): number {
  let entry = loneMarks.get(code);
  if (entry === undefined) {
    entry = matchPart(String.fromCharCode(code), false);
    loneMarks.set(code, entry);
  }
  return entry;
}

const astral = new Map<number, number>();

export function describeCodePoint(codePoint: number): number {
  let entry = astral.get(codePoint);
  if (entry === undefined) {
    entry = describeChunk(String.fromCodePoint(codePoint));
    astral.set(codePoint, entry);
  }
  return entry;
}

/** The entry layout as one record: what the scan kernel (kernel/scan-kernel.ts) must read alike. */
export const ENTRY_LAYOUT = {
  KIND_SIMPLE,
  KIND_SEPARATOR,
  KIND_DROP,
  KIND_LONG_VOWEL,
  KIND_HIGH_SURROGATE,
  KIND_PAIR,
  KATAKANA_BIT,
  LIGHT_OUTPUT,
  LIGHT_ENDS_WITH_DOT,
  LIGHT_STARTS_ALNUM,
  WHITESPACE,
  REPORTED,
  HALF_WIDTH_BASE,
  PLAIN_MASK,
  PLAIN_ENTRY,
  HALF_SLOTS: HALF_WIDTH_SLOTS,
} as const;
