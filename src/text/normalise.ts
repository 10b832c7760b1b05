import {
  CANONICAL_MASK,
  INWORD_CONFUSABLES,
  isControl,
  isDigit,
  isInvisible,
  isKana,
  isKatakana,
  isLatin,
  isLatinOrDigit,
  isNfkcStable,
  LETTER_CONFUSABLES,
  MASK_CHARS,
  SEPARATORS,
} from './char-tables.ts';
import { CodeBuffer, toNormalised } from './code-buffer.ts';

/**
 * A normalised view of a text. `map[k]` / `ends[k]` give the original UTF-16 range that produced
 * normalised code unit k, so every match found in `text` can be reported on the user's own characters.
 */
export interface Normalised {
  text: string;
  map: Int32Array;
  ends: Int32Array;
  /** 1 where the user wrote katakana (full or half width); lets カス match without matching 動かす. */
  katakana: Uint8Array;
}

/**
 * `match`: everything folded for lexicon matching (kana, separators, repeats, masks, confusables).
 * `light`: NFKC, lower case, dashes unified, invisibles dropped; keeps spacing and digits exactly,
 * for structured detectors (phone numbers, URLs, e-mail).
 */
export type NormaliseMode = 'match' | 'light';

// Marker for a separator in the first pass: U+FFFF is a noncharacter, dropped from input.
export const SEP = 0xffff;
const DASHES = new Set(['ー', '－', '−', '‐', '‑', '–', '—', '―', 'ｰ']);
const nfkcCache = new Map<string, string>();
// In-word confusables as a code → replacement code table (ASCII only), for the hot loop.
const INWORD = new Int32Array(128);
for (const [from, to] of Object.entries(INWORD_CONFUSABLES)) INWORD[from.charCodeAt(0)] = to.charCodeAt(0);
export function inwordConfusable(c: number): number {
  return c >= 0 && c < 128 ? INWORD[c]! : 0;
}

function nfkc(chunk: string, code: number): string {
  if (isNfkcStable(code)) return chunk;
  let out = nfkcCache.get(chunk);
  if (out === undefined) {
    out = chunk.normalize('NFKC');
    if (nfkcCache.size < 50_000) nfkcCache.set(chunk, out);
  }
  return out;
}

function isKatakanaSource(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || (code >= 0xff66 && code <= 0xff9d);
}

/** First pass: NFKC per character (with its source range), case and script folding. */
function foldCharacters(input: string, mode: NormaliseMode): CodeBuffer {
  const b = FOLD_SCRATCH.reset();
  let i = 0;
  while (i < input.length) {
    const code = input.codePointAt(i)!;
    let len = code > 0xffff ? 2 : 1;
    // Half-width kana with a separate (semi-)voiced mark: compose them together (ｶﾞ → ガ).
    const next = input.charCodeAt(i + len);
    if (code >= 0xff61 && code <= 0xff9d && (next === 0xff9e || next === 0xff9f)) len += 1;
    const start = i;
    const end = i + len;
    i = end;
    if (len === 1 && fastPath(b, code, start, mode)) continue;
    if (isInvisible(code)) continue;
    if (isControl(code)) {
      if (mode === 'match') b.push(SEP, start, end);
      continue;
    }
    const chunk = len === 1 ? input[start]! : input.slice(start, end);
    const folded = nfkc(chunk, code);
    const kata = isKatakanaSource(code) ? 1 : 0;
    if (isVoicedMark(code) && attachVoicedMark(b, folded, end)) continue;
    for (const ch of folded) {
      emit(b, ch, start, end, mode, kata);
    }
  }
  return b;
}

/** The common characters (kana, kanji, ASCII letters and digits) need no NFKC or table look-ups. */
function fastPath(b: CodeBuffer, code: number, start: number, mode: NormaliseMode): boolean {
  if ((code >= 0x3041 && code <= 0x3096) || (code >= 0x4e00 && code <= 0x9fff)) {
    b.push(code, start, start + 1, 0);
    return true;
  }
  if (code >= 0x30a1 && code <= 0x30f6) {
    b.push(mode === 'match' ? code - 0x60 : code, start, start + 1, 1);
    return true;
  }
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
    b.push(code, start, start + 1, 0);
    return true;
  }
  if (code >= 0x41 && code <= 0x5a) {
    b.push(code + 0x20, start, start + 1, 0);
    return true;
  }
  return false;
}

export function isVoicedMark(code: number): boolean {
  return (
    code === 0x3099 ||
    code === 0x309a ||
    code === 0x309b ||
    code === 0x309c ||
    code === 0xff9e ||
    code === 0xff9f
  );
}

const VOICED_MARKS: Record<string, string> = {
  '\u3099': '\u3099',
  '\u309a': '\u309a',
  ゛: '\u3099',
  ゜: '\u309a',
};

/**
 * A (semi-)voiced mark separated from its kana (ﾊ\u200bﾞ) is put back on the kana before it, across
 * separators: `folded` is the mark's NFKC form, `end` where it ends in the original. False when there
 * is no kana before it that takes the mark. The table fold calls this too, on its first pass.
 */
export function attachVoicedMark(b: CodeBuffer, folded: string, end: number): boolean {
  const mark = VOICED_MARKS[folded.trim()];
  let last = b.length - 1;
  while (last >= 0 && b.codes[last] === SEP) last--;
  if (mark === undefined || last < 0 || !isKana(b.codes[last]!)) return false;
  const composed = (String.fromCharCode(b.codes[last]!) + mark).normalize('NFC');
  if (composed.length !== 1) return false;
  b.codes[last] = composed.charCodeAt(0);
  b.ends[last] = end;
  return true;
}

/** The NFKC form of one code unit, as the first pass folds it. */
export function nfkcOf(code: number): string {
  return nfkc(String.fromCharCode(code), code);
}

function emit(
  b: CodeBuffer,
  ch: string,
  start: number,
  end: number,
  mode: NormaliseMode,
  kata: number,
): void {
  let c = ch.codePointAt(0)!;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  else if (c > 0x7f && c < 0x3000) {
    const lower = ch.toLowerCase();
    c = lower.codePointAt(0)!;
  }
  let s = String.fromCodePoint(c);
  if (mode === 'light') {
    if (DASHES.has(s) && !(b.length > 0 && isKana(b.last()))) s = '-';
    for (let k = 0; k < s.length; k++) b.push(s.charCodeAt(k), start, end);
    return;
  }
  const conf = LETTER_CONFUSABLES[s];
  if (conf !== undefined) s = conf;
  if (MASK_CHARS.has(s)) s = CANONICAL_MASK;
  if (s === 'ー') {
    const prev = b.last();
    if (b.length > 0 && prev !== SEP && isKana(prev)) return; // long vowel: ばーーか → ばか
    b.push(SEP, start, end);
    return;
  }
  if (SEPARATORS.has(s)) {
    b.push(SEP, start, end);
    return;
  }
  for (let k = 0; k < s.length; k++) {
    let u = s.charCodeAt(k);
    if (isKatakana(u) && u <= 0x30f6) u -= 0x60;
    b.push(u, start, end, kata);
  }
}

/** Length of the Latin/digit token that ends (dir -1) or starts (dir +1) at index k. */
function tokenLength(codes: Uint16Array, length: number, k: number, dir: 1 | -1): number {
  let n = 0;
  for (let j = k; j >= 0 && j < length; j += dir) {
    const c = codes[j]!;
    if (!isLatinOrDigit(c) && inwordConfusable(c) === 0) break;
    n++;
  }
  return n;
}

/**
 * Second pass: drop separators inserted between letters (し ね, s.h.i.n.e) but keep a space
 * between two real Latin words (shine kasu) so romaji terms keep their word boundaries;
 * map in-word confusables (L!NE); fold repeated characters.
 */
export function resolveInto(b: CodeBuffer, out: CodeBuffer): CodeBuffer {
  const { codes, starts, ends, kata, length } = b;
  // Output never outgrows the input, so the arrays are written directly after one reserve.
  out.reset().reserve(length);
  const { codes: outCodes, starts: outStarts, ends: outEnds, kata: outKata } = out;
  let n = 0;
  let last = -1; // outCodes[n - 1], or -1 when nothing was written yet
  let k = 0;
  while (k < length) {
    const c = codes[k]!;
    if (c === SEP) {
      let j = k;
      while (j < length && codes[j] === SEP) j++;
      const prev = k - 1;
      const keep =
        prev >= 0 &&
        j < length &&
        isLatinOrDigit(codes[prev]!) &&
        isLatinOrDigit(codes[j]!) &&
        tokenLength(codes, length, prev, -1) >= 2 &&
        tokenLength(codes, length, j, 1) >= 2;
      if (keep && last !== 0x20) {
        outCodes[n] = 0x20;
        outStarts[n] = starts[k]!;
        outEnds[n] = ends[j - 1]!;
        outKata[n++] = 0;
        last = 0x20;
      }
      k = j;
      continue;
    }
    let code = c;
    const confusable = inwordConfusable(c);
    if (confusable !== 0) {
      let after = k + 1;
      while (after < length && codes[after] === SEP) after++;
      // Across separators only in spaced-out writing (s h ! n e); after a word (yo! Gaikokujin) it is punctuation.
      const spacedOut = after === k + 1 || (k > 0 && codes[k - 1] === SEP);
      if (n > 0 && isLatin(last) && after < length && isLatin(codes[after]!) && spacedOut) code = confusable;
    }
    if (last === code && !isDigit(code)) {
      outEnds[n - 1] = ends[k]!; // repeated character folds into the first
      k++;
      continue;
    }
    outCodes[n] = code;
    outStarts[n] = starts[k]!;
    outEnds[n] = ends[k]!;
    outKata[n++] = kata[k]!;
    last = code;
    k++;
  }
  out.length = n;
  return out;
}

// Scratch space reused by every call (the engine is synchronous, so calls never overlap).
const FOLD_SCRATCH = new CodeBuffer(1024);
const RESOLVE_SCRATCH = new CodeBuffer(1024);

export function normalise(input: string, mode: NormaliseMode = 'match'): Normalised {
  const b = foldCharacters(input, mode);
  if (mode === 'light') return toNormalised(b);
  return toNormalised(resolveInto(b, RESOLVE_SCRATCH));
}

/** The first pass alone (before separators and repeats are resolved), for deriving per-character tables. */
export function foldOnly(input: string, mode: NormaliseMode): { codes: number[]; kata: number[] } {
  const b = foldCharacters(input, mode);
  return { codes: Array.from(b.codes.subarray(0, b.length)), kata: Array.from(b.kata.subarray(0, b.length)) };
}

/** Normalised form only, for lexicon terms and comparisons. */
export function normaliseTerm(term: string): string {
  return normalise(term, 'match').text;
}

/** Original [start, end) of the normalised range [from, to). */
export function originalSpan(n: Normalised, from: number, to: number): { start: number; end: number } {
  return { start: n.map[from] ?? 0, end: n.ends[to - 1] ?? 0 };
}
