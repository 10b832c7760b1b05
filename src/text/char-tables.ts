// Character classes and folding tables used by the normaliser.
// Kept apart from the algorithm so that adding a confusable is a one-line data change.

/** Characters used to mask a letter (死〇, ち●こ, S*X). All fold to one canonical mask. */
export const MASK_CHARS = new Set([
  '○',
  '〇',
  '●',
  '◯',
  '⚪',
  '◎',
  '＊',
  '*',
  '×',
  '✕',
  '✗',
  '■',
  '□',
  '☆',
  '★',
]);
export const CANONICAL_MASK = '〇';

/** Separators people insert between letters to dodge filters (し ね, 死.ね, s-h-i-n-e). */
const SEPARATOR_LIST = ' \t\u3000.．・･-‐‑–—_＿/／\\|｜~〜～:;+\'"`^';
export const SEPARATORS = new Set([...SEPARATOR_LIST]);

/** Zero-width and other invisible format characters: always dropped. */
export function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff ||
    code === 0xfffe ||
    code === 0xffff ||
    code === 0x00ad ||
    (code >= 0xfe00 && code <= 0xfe0f) // variation selectors
  );
}

export function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x0a && code !== 0x09) || (code >= 0x7f && code < 0xa0);
}

/**
 * Visual confusables after NFKC: Cyrillic/Greek letters that look Latin, and symbols used
 * as letters inside Latin words (L!NE, 0 for o). Digit/symbol entries apply only between
 * Latin letters (see normalise.ts); letter entries apply everywhere.
 */
export const LETTER_CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ß: 'ss',
  ı: 'i',
};

export const INWORD_CONFUSABLES: Record<string, string> = {
  '!': 'i',
  '1': 'i',
  '0': 'o',
  '3': 'e',
  $: 's',
  '5': 's',
};

export function isHiragana(code: number): boolean {
  return code >= 0x3041 && code <= 0x309f;
}
export function isKatakana(code: number): boolean {
  return code >= 0x30a1 && code <= 0x30fa;
}
export function isKana(code: number): boolean {
  return isHiragana(code) || isKatakana(code) || code === 0x30fc;
}
export function isLatinOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}
export function isLatin(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Code points whose NFKC form is themselves: the common case, skipped without calling normalize(). */
export function isNfkcStable(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    code === 0x30fc ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    code === 0x0a
  );
}

export const LONG_VOWEL = new Set(['ー', '～', '〜']);
