import { readdirSync, readFileSync } from 'node:fs';
import { Automaton } from './automaton.ts';
import { CANONICAL_MASK } from './char-tables.ts';
import type { FeatureSet } from './features.ts';
import { IntList } from './int-list.ts';
import { insideLongerIdiom, maskIsNameMask, onLatinBoundary, writtenInKatakana } from './match-checks.ts';
import { type Normalised, normaliseTerm } from './normalise.ts';
import { insideQuote, type ReportedSpeech } from './reported-speech.ts';
import { toRomaji } from './romaji.ts';
import type { RuleId } from './verdict.ts';

/** One group of terms in a lexicon file. A group with `category` is a rule on its own. */
export interface LexiconGroup {
  id: string;
  category?: RuleId;
  weight?: number;
  terms: string[];
  romaji?: boolean;
  mask?: boolean;
  katakanaStrict?: boolean;
  suppress?: boolean;
  unless?: string[];
  minDistinct?: number;
  /**
   * As a blocker (another group's `unless`, a rule's `none`): `sentence` cancels only what it shares a
   * sentence with; by default it cancels across the whole comment.
   */
  reach?: 'sentence';
  /** Why the group exists, for the people who edit the lexicon; the engine does not read it. */
  note?: string;
}

export interface LexiconFile {
  name: string;
  source: string;
  groups: LexiconGroup[];
}

interface Pattern {
  group: number;
  term: string;
  latin: boolean; // romaji/English: must sit on Latin word boundaries
  strict: boolean; // katakana term: the user must have written it in katakana
  masked: boolean; // a variant with a mask character (死〇 → 〇ね)
  longVowel: boolean; // the term itself is written with ー (ヌード), so the user's ー is no sign of another word
}

export interface TermMatch {
  group: LexiconGroup;
  term: string;
  start: number; // in normalised text
  end: number;
}

const LEXICON_DIR = new URL('./lexicons/', import.meta.url);

export function loadLexiconFiles(dir: URL = LEXICON_DIR): LexiconFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'rules.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LexiconFile);
}

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

/**
 * The group with every field present, in one order: groups read from different files then share one
 * object shape, so the rules and the lexicon filters read their fields without shape checks.
 */
function withOneShape(g: LexiconGroup): LexiconGroup {
  return {
    id: g.id,
    category: g.category,
    weight: g.weight,
    terms: g.terms,
    romaji: g.romaji,
    mask: g.mask,
    katakanaStrict: g.katakanaStrict,
    suppress: g.suppress,
    unless: g.unless,
    minDistinct: g.minDistinct,
    reach: g.reach,
  };
}

/** All lexicon groups compiled into one automaton, built once. */
export class CompiledLexicon {
  readonly groups: LexiconGroup[] = [];
  readonly groupById = new Map<string, LexiconGroup>();
  private readonly patterns: Pattern[] = [];
  /** Normalised text of each pattern (terms, romaji spellings, masked variants). */
  private readonly texts: string[] = [];
  private readonly automaton: Automaton;
  /** search()'s list, reused: its caller is done with it before the next search. */
  private readonly searchFound = new IntList(64);
  readonly termCount: number;

  constructor(files: LexiconFile[]) {
    const seen = new Map<string, Pattern>();
    const strings = this.texts;
    const add = (
      group: number,
      term: string,
      text: string,
      latin: boolean,
      strict: boolean,
      masked = false,
    ): void => {
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
      strings.push(text);
      this.patterns.push(pattern);
    };
    let terms = 0;
    for (const file of files) {
      for (const group of file.groups) {
        const existing = this.groupById.get(group.id);
        const index = existing ? this.groups.indexOf(existing) : this.groups.length;
        if (!existing) {
          const shaped = withOneShape(group);
          this.groups.push(shaped);
          this.groupById.set(group.id, shaped);
        }
        for (const term of group.terms) {
          terms++;
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
      }
    }
    this.termCount = terms;
    this.automaton = new Automaton(strings);
  }

  /** The automaton's patterns by id, for a scanner that reports them in its place. */
  patternTexts(): readonly string[] {
    return this.texts;
  }

  /** Every pattern the automaton searches for, with its group: what the fast scanner must find too. */
  patternEntries(): Array<{ text: string; group: LexiconGroup }> {
    return this.texts.map((text, k) => ({ text, group: this.groups[this.patterns[k]!.group]! }));
  }

  get automatonSize(): number {
    return this.automaton.size;
  }

  /**
   * Matches in a normalised text, after boundary, script and idiom (suppress) filtering. `found`: the
   * automaton's matches in `n` as (pattern, start, end) triples, when a scan over the same view already
   * has them (Scanner.lexiconMatches).
   */
  match(n: Normalised, original?: string, found?: IntList): TermMatch[] {
    const kept: TermMatch[] = [];
    this.filter(n, original, found ?? this.search(n.text), (group, term, start, end) => {
      kept.push({ group, term, start, end });
    });
    return kept;
  }

  /**
   * What match() keeps, added to `features` as each group's evidence in the original text; with
   * `reported`, evidence inside a reported quote is left out (it is someone else's words).
   */
  addMatches(
    features: FeatureSet,
    n: Normalised,
    original: string,
    found?: IntList,
    reported?: ReportedSpeech,
  ): void {
    this.filter(n, original, found ?? this.search(n.text), (group, term, start, end) => {
      const from = n.map[start] ?? 0;
      const to = n.ends[end - 1] ?? 0;
      if (reported?.evidence.has(group.id) && insideQuote(reported.quotes, from, to)) return;
      features.add(group.id, from, to, term);
    });
  }

  /** Calls `keep` for each match that passes the filters and lies in no longer idiom, in order. */
  private filter(
    n: Normalised,
    original: string | undefined,
    raw: IntList,
    keep: (group: LexiconGroup, term: string, start: number, end: number) => void,
  ): void {
    let idioms: number[] | undefined;
    for (let k = 0; k < raw.length; k += 3)
      if (this.groups[this.patterns[raw.at(k)]!.group]!.suppress && this.passes(n, original, raw, k)) {
        idioms ??= [];
        idioms.push(raw.at(k + 1), raw.at(k + 2));
      }
    for (let k = 0; k < raw.length; k += 3) {
      const p = this.patterns[raw.at(k)]!;
      const group = this.groups[p.group]!;
      if (group.suppress || !this.passes(n, original, raw, k)) continue;
      const start = raw.at(k + 1);
      const end = raw.at(k + 2);
      if (idioms !== undefined && insideLongerIdiom(idioms, start, end)) continue;
      keep(group, p.term, start, end);
    }
  }

  /** The boundary, script and mask checks of the match at k (a triple of `raw`). */
  private passes(n: Normalised, original: string | undefined, raw: IntList, k: number): boolean {
    const p = this.patterns[raw.at(k)]!;
    const start = raw.at(k + 1);
    const end = raw.at(k + 2);
    if (p.latin && !onLatinBoundary(n.text, start, end)) return false;
    if (p.strict && !writtenInKatakana(n, start, end, original, p.longVowel)) return false;
    return !(p.masked && original !== undefined && maskIsNameMask(n, start, end, original));
  }

  /** The automaton's matches in a text as (pattern, start, end) triples, by end, the longest first. */
  private search(text: string): IntList {
    const found = this.searchFound;
    found.clear();
    const texts = this.texts;
    this.automaton.scan(text, (pattern, end) => {
      found.push(pattern);
      found.push(end - texts[pattern]!.length);
      found.push(end);
    });
    return found;
  }
}
