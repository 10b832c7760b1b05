import { isKana } from './char-tables.ts';
import { CodeBuffer } from './code-buffer.ts';
import {
  describeCodePoint,
  describeHalfWidthWithMark,
  describeLoneMark,
  describeUnit,
  HALF_WIDTH_BASE,
  KATAKANA_BIT,
  KIND_DROP,
  KIND_HIGH_SURROGATE,
  KIND_LONG_VOWEL,
  KIND_PAIR,
  KIND_SEPARATOR,
  KIND_SIMPLE,
  kindOf,
  LIGHT_ENDS_WITH_DOT,
  LIGHT_OUTPUT,
  LIGHT_STARTS_ALNUM,
  PLAIN_ENTRY,
  PLAIN_MASK,
  REPORTED,
  UNIT_TABLE,
  WHITESPACE,
} from './fold-table.ts';
import type { IntList } from './int-list.ts';
import { attachVoicedMark, isVoicedMark, nfkcOf, SEP } from './normalise.ts';

/**
 * The normaliser's first pass, one table look-up per character, into a reused buffer with each
 * code's original range and katakana flag (resolveInto then makes the match view). Returns false
 * for a text it cannot fold exactly (characters the table does not fold on its own, broken UTF-16).
 */
export class TableFold {
  readonly folded = new CodeBuffer(512);
  compactLength = 0;
  /** OR and AND of the table entries of every character. */
  anyFlags = 0;
  allFlags = 0;
  /** The text holds characters the sanitiser reports (control characters, U+FFFD, lone surrogates). */
  reported = false;

  /** `compact` holds at least n units; `afterDots` is refilled. */
  run(text: Uint16Array, n: number, compact: Uint16Array, afterDots: IntList): boolean {
    const folded = this.folded.reset().reserve(n);
    const { codes, starts, ends, kata } = folded;
    const table = UNIT_TABLE;
    this.reported = false;
    let length = 0;
    let compactLength = 0;
    let any = 0;
    let all = -1;
    let lastDot = false;
    afterDots.clear();
    for (let i = 0; i < n; i++) {
      const start = i;
      const c = text[i]!;
      let e = table[c]!;
      if (e === 0) e = describeUnit(c);
      if ((e & PLAIN_MASK) === PLAIN_ENTRY && !lastDot) {
        // The common case: one unit in, one unit out, nothing else to note.
        any |= e;
        all &= e;
        compact[compactLength++] = c;
        codes[length] = e & 0xffff;
        starts[length] = i;
        ends[length] = i + 1;
        kata[length++] = (e >>> KATAKANA_BIT) & 1;
        continue;
      }
      let kind = (e >>> 16) & 7;
      if ((e & HALF_WIDTH_BASE) !== 0) {
        const next = i + 1 < n ? text[i + 1]! : 0;
        if (next === 0xff9e || next === 0xff9f) {
          e = describeHalfWidthWithMark(c, next);
          kind = (e >>> 16) & 7;
          compact[compactLength++] = c;
          i++;
        }
      } else if (kind === KIND_HIGH_SURROGATE) {
        const low = i + 1 < n ? text[i + 1]! : 0;
        if (!(low >= 0xdc00 && low <= 0xdfff)) {
          this.reported = true;
          return false;
        }
        e = describeCodePoint(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        kind = (e >>> 16) & 7;
        compact[compactLength++] = c;
        i++;
      }
      any |= e;
      all &= e;
      if ((e & LIGHT_OUTPUT) !== 0) {
        if (lastDot && (e & LIGHT_STARTS_ALNUM) !== 0) afterDots.push(start);
        lastDot = (e & LIGHT_ENDS_WITH_DOT) !== 0;
      }
      // The last unit of the chunk (the earlier one of a two-unit chunk was stored above).
      if ((e & WHITESPACE) === 0) compact[compactLength++] = text[i]!;
      if (kind === KIND_SIMPLE) {
        codes[length] = e & 0xffff;
        starts[length] = start;
        ends[length] = i + 1;
        kata[length++] = (e >>> KATAKANA_BIT) & 1;
      } else if (kind === KIND_SEPARATOR || kind === KIND_LONG_VOWEL) {
        // A long vowel after a kana is dropped (ばーか → ばか); elsewhere it separates like any other.
        if (kind === KIND_LONG_VOWEL && length > 0 && codes[length - 1] !== SEP && isKana(codes[length - 1]!))
          continue;
        codes[length] = SEP;
        starts[length] = start;
        ends[length] = i + 1;
        kata[length++] = 0;
      } else if (kind === KIND_PAIR) {
        for (let k = start; k <= i; k++) {
          codes[length] = text[k]!;
          starts[length] = start;
          ends[length] = i + 1;
          kata[length++] = 0;
        }
      } else if (start === i && isVoicedMark(c)) {
        // A (semi-)voiced mark on its own goes back on the kana before it (ﾊ ﾞ ｶ), as in normalise();
        // with no kana there to take it, it stays a mark of its own, as there too.
        folded.length = length;
        if (attachVoicedMark(folded, nfkcOf(c), i + 1)) continue;
        const lone = describeLoneMark(c);
        if (kindOf(lone) !== KIND_SIMPLE) return false;
        codes[length] = lone & 0xffff;
        starts[length] = start;
        ends[length] = i + 1;
        kata[length++] = (lone >>> KATAKANA_BIT) & 1;
      } else if (kind !== KIND_DROP) {
        this.reported = (e & REPORTED) !== 0;
        return false;
      }
    }
    folded.length = length;
    this.compactLength = compactLength;
    this.anyFlags = any;
    this.allFlags = all;
    this.reported = (any & REPORTED) !== 0;
    return true;
  }
}
