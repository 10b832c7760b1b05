// What a lexicon's terms compile to: the patterns its automaton searches for (each term folded as a
// comment's text is, its romaji spelling, its masked variants), and the same list as flat tables.
import { CANONICAL_MASK } from './char-tables.ts';
import type { LexiconGroup } from './lexicon.ts';
import { normaliseTerm } from './normalise.ts';
import { toRomaji } from './romaji.ts';

export interface Pattern {
  group: number;
  term: string;
  latin: boolean; // romaji/English: must sit on Latin word boundaries
  strict: boolean; // katakana term: the user must have written it in katakana
  masked: boolean; // a variant with a mask character (死〇 → 〇ね)
  longVowel: boolean; // the term itself is written with ー (ヌード), so the user's ー is no sign of another word
}

/** Per pattern: its text (normalised), the term it came from, its group's index and PATTERN_* flags. */
export interface PatternTables {
  texts: readonly string[];
  terms: readonly string[];
  groupOf: Int32Array;
  flags: Uint8Array;
}

const PATTERN_LATIN = 1;
const PATTERN_STRICT = 2;
const PATTERN_MASKED = 4;
const PATTERN_LONG_VOWEL = 8;

const KATAKANA_TERM = /^[\u30a1-\u30fa\u30fc\uff66-\uff9f]+$/;
const LATIN_TERM = /^[a-z0-9 .!@$:|=&?_-]+$/;

/**
 * The romaji spelling folded as a comment's text is (doubled letters fold: せっくす → sekkusu → sekusu).
 * A short one that folding changed is dropped: ぼっき → boki is 簿記, クンニ → kuni is 国, エッタ → eta.
 */
function romajiOf(norm: string): string | undefined {
  const romaji = toRomaji(norm);
  if (!romaji) return undefined;
  const folded = normaliseTerm(romaji);
  return folded === romaji || folded.length >= 5 ? folded : undefined;
}

function maskVariants(term: string): string[] {
  const chars = [...term];
  if (chars.length < 3) return [];
  const out: string[] = [];
  for (let k = 0; k < chars.length; k++) {
    if (chars[k] === CANONICAL_MASK) continue;
    const copy = [...chars];
    copy[k] = CANONICAL_MASK;
    out.push(copy.join(''));
  }
  return out;
}

/** The patterns of each listing of a group (its index, and the group as one file lists it), in order. */
export function compilePatterns(listings: Iterable<[number, LexiconGroup]>): {
  patterns: Pattern[];
  texts: string[];
} {
  const patterns: Pattern[] = [];
  const texts: string[] = [];
  const seen = new Map<string, Pattern>();
  const add = (
    group: number,
    term: string,
    text: string,
    latin: boolean,
    strict: boolean,
    masked = false,
  ) => {
    const key = `${group}\u0000${text}`;
    if (text.length === 0) return;
    const twin = seen.get(key);
    if (twin) {
      // The same folded text listed in katakana and in kana: the group takes either script.
      if (!strict) twin.strict = false;
      return;
    }
    const pattern = { group, term, latin, strict, masked, longVowel: /[ーｰ]/.test(term) };
    seen.set(key, pattern);
    texts.push(text);
    patterns.push(pattern);
  };
  for (const [index, group] of listings)
    for (const term of group.terms) {
      const norm = normaliseTerm(term);
      const latin = LATIN_TERM.test(norm);
      const strict = group.katakanaStrict === true && KATAKANA_TERM.test(term);
      add(index, term, norm, latin, strict);
      if (group.romaji) {
        const romaji = romajiOf(norm);
        if (romaji) add(index, term, romaji, true, false);
      }
      if (group.mask) for (const v of maskVariants(norm)) add(index, term, v, false, false, true);
    }
  return { patterns, texts };
}

export function patternTables(patterns: readonly Pattern[], texts: readonly string[]): PatternTables {
  const flagsOf = (p: Pattern): number =>
    (p.latin ? PATTERN_LATIN : 0) |
    (p.strict ? PATTERN_STRICT : 0) |
    (p.masked ? PATTERN_MASKED : 0) |
    (p.longVowel ? PATTERN_LONG_VOWEL : 0);
  return {
    texts,
    terms: patterns.map((p) => p.term),
    groupOf: Int32Array.from(patterns, (p) => p.group),
    flags: Uint8Array.from(patterns, flagsOf),
  };
}

export function patternsFromTables(tables: PatternTables): { patterns: Pattern[]; texts: string[] } {
  const patterns: Pattern[] = new Array(tables.texts.length);
  for (let k = 0; k < patterns.length; k++) {
    const f = tables.flags[k]!;
    patterns[k] = {
      group: tables.groupOf[k]!,
      term: tables.terms[k]!,
      latin: (f & PATTERN_LATIN) !== 0,
      strict: (f & PATTERN_STRICT) !== 0,
      masked: (f & PATTERN_MASKED) !== 0,
      longVowel: (f & PATTERN_LONG_VOWEL) !== 0,
    };
  }
  return { patterns, texts: [...tables.texts] };
}
