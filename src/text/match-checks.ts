// The checks a lexicon match passes before it counts: idioms that contain it, a mask that is a
// name's, Latin word boundaries, and katakana-only terms.
import { isLatinOrDigit } from './char-tables.ts';
import type { Normalised } from './normalise.ts';

/** `idioms` holds (start, end) pairs: is [start, end) inside one of them that is longer? */
export function insideLongerIdiom(idioms: number[], start: number, end: number): boolean {
  for (let k = 0; k < idioms.length; k += 2) {
    const s = idioms[k]!;
    const e = idioms[k + 1]!;
    if (s <= start && end <= e && e - s > end - start) return true;
  }
  return false;
}

const MASK_RUN = /[○〇●◯⚪◎＊*×✕✗■□☆★]{2}/;

/** 〇〇ネット is a masked name followed by a word, not a masked 死ね: two masks in a row mean a name. */
export function maskIsNameMask(n: Normalised, start: number, end: number, original: string): boolean {
  const from = Math.max(0, (n.map[start] ?? 0) - 1);
  return MASK_RUN.test(original.slice(from, n.ends[end - 1] ?? 0));
}

export function onLatinBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  const needsBefore = isLatinOrDigit(first);
  const needsAfter = isLatinOrDigit(last);
  return (!needsBefore || !isLatinOrDigit(before)) && (!needsAfter || !isLatinOrDigit(after));
}

/**
 * Also rejects a match that only exists because a long vowel was folded away (ブース is not ブス), unless
 * the term has a long vowel of its own (ヌード).
 */
export function writtenInKatakana(
  n: Normalised,
  start: number,
  end: number,
  original: string | undefined,
  termHasLongVowel: boolean,
): boolean {
  for (let k = start; k < end; k++) {
    const c = n.text.charCodeAt(k);
    if (c >= 0x3041 && c <= 0x3096 && n.katakana[k] !== 1) return false;
  }
  if (original !== undefined) {
    const source = original.slice(n.map[start] ?? 0, n.ends[end - 1] ?? 0);
    if (!termHasLongVowel && /[ーｰ]/.test(source)) return false;
  }
  return true;
}
