import { isDigit, isKana, isLatin, isLatinOrDigit } from './char-tables.ts';
import type { CodeBuffer } from './code-buffer.ts';
import {
  describeCodePoint,
  describeHalfWidthWithMark,
  describeUnit,
  HALF_WIDTH_BASE,
  KATAKANA_BIT,
  KIND_DROP,
  KIND_HIGH_SURROGATE,
  KIND_LONG_VOWEL,
  KIND_PAIR,
  KIND_SEPARATOR,
  KIND_SIMPLE,
  LIGHT_ENDS_WITH_DOT,
  LIGHT_OUTPUT,
  LIGHT_STARTS_ALNUM,
  PLAIN_ENTRY,
  PLAIN_MASK,
  REPORTED,
  UNIT_TABLE,
  WHITESPACE,
} from './fold-table.ts';
import { inwordConfusable } from './normalise.ts';

const SPACE = 0x20;

/**
 * The match view's code units alone (no offsets, no katakana flags), built in one pass: the
 * normaliser's first pass through the fold table and its second pass (separators, in-word
 * confusables, repeats) streamed behind it. What the fast path needs to decide a quiet comment.
 *
 * `run` returns false when the text needs what only the two separate passes do: a decision that
 * looks further ahead than the next character, half-width voiced marks, reported characters or
 * characters the table does not fold on its own. The scanner then builds the view the long way.
 */
export class QuickFold {
  /** Code units written to `compact` (the text without whitespace). */
  compactLength = 0;
  /** OR and AND of the table entries of every character. */
  anyFlags = 0;
  allFlags = 0;

  /**
   * Writes the view's codes to `out` (reserved for n units: the view is never longer than the text),
   * and with `offsets` also each code's original range and katakana flag. `compact` holds at least
   * n units; `afterDots` is refilled.
   */
  run(
    text: Uint16Array,
    n: number,
    out: CodeBuffer,
    offsets: boolean,
    compact: Uint16Array,
    afterDots: number[],
  ): boolean {
    const { codes, starts, ends, kata } = out;
    const table = UNIT_TABLE;
    let length = 0;
    let compactLength = 0;
    let any = 0;
    let all = -1;
    let lastDot = false;
    afterDots.length = 0;
    // The normaliser's second pass, streamed: the last folded code, the latest output, the run of
    // letters/digits/confusables ending at the last folded code, and the separator run being crossed.
    let folded = -1;
    let last = -1;
    let token = 0;
    let inSeparators = false;
    let tokenBeforeSeparators = 0;
    let foldedBeforeSeparators = -1;
    let separatorsStart = 0;
    let separatorsEnd = 0;
    for (let i = 0; i < n; i++) {
      if (!lastDot && !inSeparators && !offsets) {
        // The common case, in a loop of its own (which the JIT keeps tight): one non-ASCII unit in,
        // one out, no letter, digit or confusable to weigh; until a character that needs more.
        const from = i;
        for (; i < n; i++) {
          const unit = text[i]!;
          const e = table[unit]!;
          if ((e & PLAIN_MASK) !== PLAIN_ENTRY || (e & 0xff80) === 0) break;
          any |= e;
          all &= e;
          compact[compactLength++] = unit;
          const code = e & 0xffff;
          if (code !== last) codes[length++] = code;
          last = code;
        }
        if (i > from) {
          folded = last;
          token = 0;
        }
        if (i >= n) break;
      }
      const start = i;
      const unit = text[i]!;
      let e = table[unit]!;
      if (e === 0) e = describeUnit(unit);
      if ((e & PLAIN_MASK) === PLAIN_ENTRY && (e & 0xff80) !== 0 && !lastDot && !inSeparators) {
        // The common case: one non-ASCII unit in, one out (no letter, digit or confusable to weigh).
        any |= e;
        all &= e;
        compact[compactLength++] = unit;
        const code = e & 0xffff;
        folded = code;
        token = 0;
        if (code !== last) {
          if (offsets) {
            starts[length] = i;
            kata[length] = (e >>> KATAKANA_BIT) & 1;
            ends[length] = i + 1;
          }
          codes[length++] = code;
        } else if (offsets) ends[length - 1] = i + 1;
        last = code;
        continue;
      }
      let kind = (e >>> 16) & 7;
      if ((e & REPORTED) !== 0) return false;
      if ((e & HALF_WIDTH_BASE) !== 0) {
        const next = i + 1 < n ? text[i + 1]! : 0;
        if (next === 0xff9e || next === 0xff9f) {
          e = describeHalfWidthWithMark(unit, next);
          kind = (e >>> 16) & 7;
          compact[compactLength++] = unit;
          i++;
        }
      } else if (kind === KIND_HIGH_SURROGATE) {
        const low = i + 1 < n ? text[i + 1]! : 0;
        if (!(low >= 0xdc00 && low <= 0xdfff)) return false;
        e = describeCodePoint(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        kind = (e >>> 16) & 7;
        compact[compactLength++] = unit;
        i++;
      }
      any |= e;
      all &= e;
      if ((e & LIGHT_OUTPUT) !== 0) {
        if (lastDot && (e & LIGHT_STARTS_ALNUM) !== 0) afterDots.push(start);
        lastDot = (e & LIGHT_ENDS_WITH_DOT) !== 0;
      }
      if ((e & WHITESPACE) === 0) compact[compactLength++] = text[i]!;
      let code: number;
      if (kind === KIND_SIMPLE) code = e & 0xffff;
      else if (kind === KIND_DROP) continue;
      else if (kind === KIND_SEPARATOR || kind === KIND_LONG_VOWEL) {
        // A long vowel after a kana is dropped (ばーか → ばか); elsewhere it separates like any other.
        if (kind === KIND_LONG_VOWEL && folded >= 0 && !inSeparators && isKana(folded)) continue;
        if (!inSeparators) {
          inSeparators = true;
          tokenBeforeSeparators = token;
          foldedBeforeSeparators = folded;
          separatorsStart = start;
        }
        separatorsEnd = i + 1;
        token = 0;
        continue;
      } else if (kind === KIND_PAIR) {
        // Two surrogates, neither a letter nor a repeat of the other: the pass keeps both.
        if (inSeparators) inSeparators = false;
        for (let k = start; k <= i; k++) {
          const u = text[k]!;
          if (u !== last) {
            if (offsets) {
              starts[length] = start;
              kata[length] = 0;
              ends[length] = i + 1;
            }
            codes[length++] = u;
          } else if (offsets) ends[length - 1] = i + 1;
          last = u;
        }
        folded = text[i]!;
        token = 0;
        continue;
      } else return false;
      if (inSeparators) {
        inSeparators = false;
        // A space between two Latin words of two or more letters is kept (romaji keeps its boundaries).
        if (
          isLatinOrDigit(foldedBeforeSeparators) &&
          isLatinOrDigit(code) &&
          tokenBeforeSeparators >= 2 &&
          last !== SPACE
        ) {
          const after = foldedAt(text, i + 1, n);
          if (after === UNKNOWN) return false;
          if (isLatinOrDigit(after) || inwordConfusable(after) !== 0) {
            if (offsets) {
              starts[length] = separatorsStart;
              kata[length] = 0;
              ends[length] = separatorsEnd;
            }
            codes[length++] = SPACE;
            last = SPACE;
          }
        }
      }
      folded = code;
      token = isLatinOrDigit(code) || inwordConfusable(code) !== 0 ? token + 1 : 0;
      const confusable = inwordConfusable(code);
      if (confusable !== 0 && length > 0 && isLatin(last)) {
        const after = foldedAt(text, i + 1, n);
        if (after === UNKNOWN) return false;
        if (isLatin(after)) code = confusable;
      }
      if (last === code && !isDigit(code)) {
        if (offsets) ends[length - 1] = i + 1; // repeated character folds into the first
        continue;
      }
      if (offsets) {
        starts[length] = start;
        kata[length] = (e >>> KATAKANA_BIT) & 1;
        ends[length] = i + 1;
      }
      codes[length++] = code;
      last = code;
    }
    out.length = length;
    this.compactLength = compactLength;
    this.anyFlags = any;
    this.allFlags = all;
    return true;
  }
}

const UNKNOWN = -2;

/** The folded code of the character at i: −1 past the end, UNKNOWN unless the table folds it to one plain unit. */
function foldedAt(text: Uint16Array, i: number, n: number): number {
  if (i >= n) return -1;
  const e = UNIT_TABLE[text[i]!] || describeUnit(text[i]!);
  if (((e >>> 16) & 7) !== KIND_SIMPLE || (e & (HALF_WIDTH_BASE | REPORTED)) !== 0) return UNKNOWN;
  return e & 0xffff;
}
