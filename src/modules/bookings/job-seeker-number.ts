import type { Message } from '../../kernel/errors.ts';

// BOOK-NUMBER: a job-seeker number (求職番号) is a 5-digit office code, a hyphen and 4–8 digits.
// People type it on phones with full-width digits and whatever dash their keyboard offers; those are
// accepted and normalised. Anything else (other digit forms, spaces inside, missing hyphen) is refused.

/** Characters people use for the hyphen: ASCII, the Unicode dashes, minus, long vowel marks, full-width. */
export const HYPHEN_LIKE = ['-', '‐', '‑', '‒', '–', '—', '―', '−', 'ー', '－', 'ｰ', '﹣'] as const;
const HYPHENS = new Set<string>(HYPHEN_LIKE);
const FULL_WIDTH_ZERO = 0xff10;

function normaliseChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) return String(code - FULL_WIDTH_ZERO);
  if (HYPHENS.has(ch)) return '-';
  return ch;
}

const VALID = /^[0-9]{5}-[0-9]{4,8}$/;

export const jobSeekerNumberMessage: Message = {
  ja: '求職番号は「5桁の数字-4〜8桁の数字」の形式で入力してください（例: 13010-12345678）。',
  en: 'Enter the job-seeker number as 5 digits, a hyphen and 4 to 8 digits (e.g. 13010-12345678).',
};

/** The canonical form ('13010-12345678'), or null when the input is not a job-seeker number. */
export function normaliseJobSeekerNumber(input: string): string | null {
  const trimmed = input.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  const normalised = Array.from(trimmed, normaliseChar).join('');
  return VALID.test(normalised) ? normalised : null;
}
