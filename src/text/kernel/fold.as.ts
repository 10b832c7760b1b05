// The quick fold: the match view of a text through the fold table, the normaliser's second pass
// (separators, in-word confusables, repeats) streamed behind it, the automaton pass run over each code
// as it is written.
import {
  ASTRAL, ASTRAL_SLOTS, CODES, COMPACT, DECLINED, DOTS, ENDS, H_ALL, H_ANY, H_COMPACT_LENGTH, H_DOTS,
  H_NEED_A, H_NEED_B, H_NEED_KIND, HALF, HALF_WIDTH_BASE, header, INFO, INFO_DIGIT, INFO_KANA, INFO_LATIN,
  INWORD, KATA, KATAKANA_BIT, KIND_DROP, KIND_HIGH_SURROGATE, KIND_LONG_VOWEL, KIND_PAIR, KIND_SEPARATOR,
  KIND_SIMPLE, LIGHT_ENDS_WITH_DOT, LIGHT_OUTPUT, LIGHT_STARTS_ALNUM, NEED_CODE_POINT, NEED_HALF_WIDTH,
  NEED_UNIT, NEEDS_ENTRY, PLAIN_ENTRY, PLAIN_MASK, REPORTED, REPORTED_TEXT, STARTS, TABLE, TEXT, WHITESPACE,
} from './memory.as';
import { advance, beginMatch, endMatch } from './automaton.as';
import { countNear } from './near.as';

const SPACE: i32 = 0x20;
const UNKNOWN: i32 = -2;
const ASTRAL_EMPTY: i32 = 0;

@inline function unitAt(i: i32): i32 { return <i32>load<u16>(TEXT + (<usize>i << 1)); }
@inline function entryOf(unit: i32): i32 { return load<i32>(TABLE + (<usize>unit << 2)); }
@inline function info(code: i32): i32 { return code >= 0 ? <i32>load<u8>(INFO + <usize>(code & 0xffff)) : 0; }
@inline function isKana(code: i32): bool { return (info(code) & INFO_KANA) != 0; }
@inline function isLatin(code: i32): bool { return (info(code) & INFO_LATIN) != 0; }
@inline function isDigit(code: i32): bool { return (info(code) & INFO_DIGIT) != 0; }
@inline function isLatinOrDigit(code: i32): bool { return (info(code) & (INFO_LATIN | INFO_DIGIT)) != 0; }
@inline function inwordConfusable(code: i32): i32 { return code >= 0 && code < 128 ? <i32>load<u8>(INWORD + <usize>code) : 0; }
@inline function putCode(k: i32, code: i32): void { store<u16>(CODES + (<usize>k << 1), <u16>code); }
/** Writes the view's k-th code; a fold without offsets runs the automaton (and the near-copy count) over it. */
@inline function emit(state: i32, k: i32, code: i32, offsets: bool): i32 {
  putCode(k, code);
  if (offsets) return state;
  countNear(code);
  return advance(state, code, k + 1);
}
/** An entry of one non-ASCII unit folded to one code, with nothing else to weigh (the common character). */
@inline function isPlain(e: i32): bool { return (e & PLAIN_MASK) == PLAIN_ENTRY && (e & 0xff80) != 0; }
/** The original range [start, end) and katakana flag of the view's k-th code. */
@inline function putRange(k: i32, start: i32, end: i32, kata: i32): void {
  store<i32>(STARTS + (<usize>k << 2), start);
  store<u8>(KATA + <usize>k, <u8>kata);
  store<i32>(ENDS + (<usize>k << 2), end);
}
/** The k-th code also covers the original text up to `end` (a repeat folded into it). */
@inline function extendRange(k: i32, end: i32): void { store<i32>(ENDS + (<usize>k << 2), end); }
@inline function putCompact(k: i32, unit: i32): void { store<u16>(COMPACT + (<usize>k << 1), <u16>unit); }
@inline function putDot(k: i32, at: i32): void { store<i32>(DOTS + (<usize>k << 2), at); }
function need(kind: i32, a: i32, b: i32): i32 {
  header(H_NEED_KIND, kind);
  header(H_NEED_A, a);
  header(H_NEED_B, b);
  return NEEDS_ENTRY;
}

/** The astral table's (code point, entry) pair for `codePoint`, or the empty one it would take; 0 when full. */
function astralPair(codePoint: i32): usize {
  let slot = (codePoint * 0x9e3779b1) >>> 20;
  for (let probes = 0; probes < ASTRAL_SLOTS; probes++) {
    const at = ASTRAL + (<usize>(slot & (ASTRAL_SLOTS - 1)) << 3);
    const stored = load<i32>(at);
    if (stored == codePoint || stored == ASTRAL_EMPTY) return at;
    slot++;
  }
  return 0;
}

/** The described entry of an astral code point, or 0. */
function astralEntry(codePoint: i32): i32 {
  const at = astralPair(codePoint);
  return at != 0 && load<i32>(at) == codePoint ? load<i32>(at + 4) : 0;
}

/** Records an astral code point's entry; false when the table is full. */
export function addAstral(codePoint: i32, entry: i32): bool {
  const at = astralPair(codePoint);
  if (at == 0) return false;
  store<i32>(at, codePoint);
  store<i32>(at + 4, entry);
  return true;
}

/** The folded code of the unit at i: −1 past the end, UNKNOWN unless the table folds it to one plain unit. */
@inline function foldedAt(i: i32, n: i32): i32 {
  if (i >= n) return -1;
  const e = entryOf(unitAt(i));
  if (((e >>> 16) & 7) != KIND_SIMPLE || (e & (HALF_WIDTH_BASE | REPORTED)) != 0) return UNKNOWN;
  return e & 0xffff;
}

/**
 * The match view's codes (and with `offsets` their ranges and katakana flags) of the
 * n units at TEXT. Returns the view's length, DECLINED, REPORTED_TEXT, or NEEDS_ENTRY (describe, then
 * call again). Without offsets, the automaton pass (match) runs over each code as it is written; `scan`
 * numbers the scan for the n-gram stamps. `reportedAllowed`: the text was sanitised, its control
 * characters and U+FFFD fold as the normaliser folds them.
 */
export function fold(n: i32, offsets: bool, scan: i32, reportedAllowed: bool): i32 {
  let s = offsets ? 0 : beginMatch();
  let length = 0;
  let compactLength = 0;
  let any = 0;
  let all = -1;
  let lastDot = false;
  let dots = 0;
  let folded = -1;
  let last = -1;
  let token = 0;
  let inSeparators = false;
  let tokenBeforeSeparators = 0;
  let foldedBeforeSeparators = -1;
  let separatorsStart = 0;
  let separatorsEnd = 0;
  for (let i = 0; i < n; i++) {
    if (!lastDot && !inSeparators) {
      // The common case in a loop of its own: one non-ASCII unit in, one out, no letter, digit or
      // confusable to weigh; until a character that needs more. One copy of the loop per mode, so
      // neither tests the mode at each character.
      const from = i;
      if (offsets)
        for (; i < n; i++) {
          const unit = unitAt(i);
          const e = entryOf(unit);
          if (!isPlain(e)) break;
          any |= e;
          all &= e;
          putCompact(compactLength++, unit);
          const code = e & 0xffff;
          if (code != last) {
            putRange(length, i, i + 1, (e >>> KATAKANA_BIT) & 1);
            putCode(length++, code);
          } else extendRange(length - 1, i + 1);
          last = code;
        }
      else
        for (; i < n; i++) {
          const unit = unitAt(i);
          const e = entryOf(unit);
          if (!isPlain(e)) break;
          any |= e;
          all &= e;
          putCompact(compactLength++, unit);
          const code = e & 0xffff;
          if (code != last) s = emit(s, length++, code, false);
          last = code;
        }
      if (i > from) {
        folded = last;
        token = 0;
      }
      if (i >= n) break;
    }
    const start = i;
    const unit = unitAt(i);
    let e = entryOf(unit);
    if (e == 0) return need(NEED_UNIT, unit, 0);
    let kind = (e >>> 16) & 7;
    if ((e & REPORTED) != 0 && !reportedAllowed) return REPORTED_TEXT;
    if ((e & HALF_WIDTH_BASE) != 0) {
      const next = i + 1 < n ? unitAt(i + 1) : 0;
      if (next == 0xff9e || next == 0xff9f) {
        e = load<i32>(HALF + (<usize>((unit - 0xff61) * 2 + (next - 0xff9e)) << 2));
        if (e == 0) return need(NEED_HALF_WIDTH, unit, next);
        kind = (e >>> 16) & 7;
        putCompact(compactLength++, unit);
        i++;
      }
    } else if (kind == KIND_HIGH_SURROGATE) {
      const low = i + 1 < n ? unitAt(i + 1) : 0;
      if (!(low >= 0xdc00 && low <= 0xdfff)) return REPORTED_TEXT;
      const codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      e = astralEntry(codePoint);
      if (e == 0) return need(NEED_CODE_POINT, codePoint, 0);
      kind = (e >>> 16) & 7;
      putCompact(compactLength++, unit);
      i++;
    }
    any |= e;
    all &= e;
    if ((e & LIGHT_OUTPUT) != 0) {
      if (lastDot && (e & LIGHT_STARTS_ALNUM) != 0) putDot(dots++, start);
      lastDot = (e & LIGHT_ENDS_WITH_DOT) != 0;
    }
    if ((e & WHITESPACE) == 0) putCompact(compactLength++, unitAt(i));
    let code: i32;
    if (kind == KIND_SIMPLE) code = e & 0xffff;
    else if (kind == KIND_DROP) continue;
    else if (kind == KIND_SEPARATOR || kind == KIND_LONG_VOWEL) {
      if (kind == KIND_LONG_VOWEL && folded >= 0 && !inSeparators && isKana(folded)) continue;
      if (!inSeparators) {
        inSeparators = true;
        tokenBeforeSeparators = token;
        foldedBeforeSeparators = folded;
        separatorsStart = start;
      }
      separatorsEnd = i + 1;
      token = 0;
      continue;
    } else if (kind == KIND_PAIR) {
      if (inSeparators) inSeparators = false;
      for (let k = start; k <= i; k++) {
        const u = unitAt(k);
        if (u != last) {
          if (offsets) putRange(length, start, i + 1, 0);
          s = emit(s, length++, u, offsets);
        } else if (offsets) extendRange(length - 1, i + 1);
        last = u;
      }
      folded = unitAt(i);
      token = 0;
      continue;
    } else return DECLINED;
    if (inSeparators) {
      inSeparators = false;
      if (isLatinOrDigit(foldedBeforeSeparators) && isLatinOrDigit(code) && tokenBeforeSeparators >= 2 && last != SPACE) {
        if (i + 1 < n && entryOf(unitAt(i + 1)) == 0) return need(NEED_UNIT, unitAt(i + 1), 0);
        const after = foldedAt(i + 1, n);
        if (after == UNKNOWN) return DECLINED;
        if (isLatinOrDigit(after) || inwordConfusable(after) != 0) {
          if (offsets) putRange(length, separatorsStart, separatorsEnd, 0);
          s = emit(s, length++, SPACE, offsets);
          last = SPACE;
        }
      }
    }
    folded = code;
    token = isLatinOrDigit(code) || inwordConfusable(code) != 0 ? token + 1 : 0;
    const confusable = inwordConfusable(code);
    if (confusable != 0 && length > 0 && isLatin(last)) {
      if (i + 1 < n && entryOf(unitAt(i + 1)) == 0) return need(NEED_UNIT, unitAt(i + 1), 0);
      const after = foldedAt(i + 1, n);
      if (after == UNKNOWN) return DECLINED;
      if (isLatin(after)) code = confusable;
    }
    if (last == code && !isDigit(code)) {
      if (offsets) extendRange(length - 1, i + 1);
      continue;
    }
    if (offsets) putRange(length, start, i + 1, (e >>> KATAKANA_BIT) & 1);
    s = emit(s, length++, code, offsets);
    last = code;
  }
  header(H_COMPACT_LENGTH, compactLength);
  header(H_ANY, any);
  header(H_ALL, all);
  header(H_DOTS, dots);
  if (!offsets) endMatch(s, length, scan);
  return length;
}