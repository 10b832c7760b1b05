import { UnitCopy } from '../code-buffer.ts';
import type { DetectorInput, FeatureSet } from '../features.ts';

const EMOJI = /\p{Extended_Pictographic}/gu;

/** Lengths (of the text, or of its compact form without whitespace) the noise checks apply within. */
export const NOISE_LIMITS = {
  /** Longer texts are judged by the other rules only. */
  maxText: 400,
  /** Up to this, the compact text is 'short'; from it, a flood of one character is noise. */
  short: 6,
  emojiFloodMax: 80,
  mashMax: 60,
  repetitionMin: 24,
  repetitionMax: 2000,
} as const;
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * One block of 4+ units repeated over the first `n` UTF-16 units. Typed arrays only: indexing a
 * string makes a one-character string per read, which made this check a tenth of the pipeline.
 */
export function isRepetition(units: Uint16Array, n = units.length): boolean {
  const first = units[0];
  for (let p = 4; p <= n / 3; p++) {
    if (units[p] !== first) continue; // a block of p units starts again at p
    let i = p + 1;
    while (i < n && units[i] === units[i - p]) i++;
    if (i >= n) return true;
  }
  return false;
}
const compactUnits = new UnitCopy();

function isKeyboardMash(latin: string): boolean {
  if (latin.length < 8) return false;
  if (!/[aeiou]/.test(latin)) return true;
  let onRow = 0;
  for (const ch of latin) if (KEYBOARD_ROWS.some((row) => row.includes(ch) && row.indexOf(ch) >= 0)) onRow++;
  const rowRuns = KEYBOARD_ROWS.some((row) => {
    for (let k = 0; k + 4 <= row.length; k++) if (latin.includes(row.slice(k, k + 4))) return true;
    return false;
  });
  return rowRuns && onRow === latin.length;
}

/** JavaScript's `\s`: the characters `text.replace(/\s+/g, '')` removes. */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether the text without whitespace has at most `limit` characters (it stops counting past it). */
function compactAtMost(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i)) && ++count > limit) return false;
  return true;
}

/**
 * The parts of a comment's shape that combination rules read on every comment: sent to the desk
 * rather than posted in public, and short (six characters or fewer without whitespace).
 */
export function detectShape(input: DetectorInput, features: FeatureSet): void {
  const end = input.original.length;
  if (input.context.channel !== 'public-comment') features.add('desk-channel', 0, end);
  if (end <= NOISE_LIMITS.maxText && compactAtMost(input.original, NOISE_LIMITS.short))
    features.add('short', 0, end);
}

/** SNS-DELETE-14 noise: a single character flooded, emoji floods, copy-paste repetition, keyboard mashing. */
export function detectNoise(input: DetectorInput, features: FeatureSet): void {
  const whole = { start: 0, end: input.original.length };
  if (input.original.length > NOISE_LIMITS.maxText) return; // noise comments are short; long texts are judged by the other rules
  const original = input.original;
  const compact = /\s/.test(original) ? original.replace(/\s+/g, '') : original;
  if (compact.length === 0) return;
  // The folded view collapses repeats: a flood of one character (ｗｗｗｗ, ああああ) is one character there.
  const folded = input.match.text.trim();
  if (compact.length >= NOISE_LIMITS.short && folded.length <= 2 && [...folded].length === 1)
    features.add('noise', whole.start, whole.end);
  if (compact.length <= NOISE_LIMITS.emojiFloodMax) {
    const emoji = compact.match(EMOJI) ?? [];
    if (emoji.length >= 6 && compact.replace(EMOJI, '').replace(/[\u200d\ufe0f]/g, '').length === 0) {
      if (new Set(emoji).size <= 2) features.add('noise', whole.start, whole.end);
    }
  }
  if (
    compact.length >= NOISE_LIMITS.repetitionMin &&
    compact.length <= NOISE_LIMITS.repetitionMax &&
    isRepetition(compactUnits.copy(compact), compact.length)
  )
    features.add('noise', whole.start, whole.end);
  if (
    compact.length <= NOISE_LIMITS.mashMax &&
    /^[a-zA-Z]+$/.test(compact) &&
    isKeyboardMash(compact.toLowerCase())
  )
    features.add('noise', whole.start, whole.end);
}
