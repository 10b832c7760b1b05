import { readdirSync, readFileSync } from 'node:fs';
import { Automaton, type AutomatonTables } from './automaton.ts';
import type { FeatureSet } from './features.ts';
import { IntList } from './int-list.ts';
import {
  compilePatterns,
  type Pattern,
  type PatternTables,
  patternsFromTables,
  patternTables,
} from './lexicon-patterns.ts';
import { insideLongerIdiom, maskIsNameMask, onLatinBoundary, writtenInKatakana } from './match-checks.ts';
import type { Normalised } from './normalise.ts';
import { insideQuote, type ReportedSpeech } from './reported-speech.ts';
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

export interface TermMatch {
  group: LexiconGroup;
  term: string;
  start: number; // in normalised text
  end: number;
}

export const LEXICON_DIR = new URL('./lexicons/', import.meta.url);

export function loadLexiconFiles(dir: URL = LEXICON_DIR): LexiconFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'rules.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LexiconFile);
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

/** A compiled lexicon's patterns and automaton, as a table file stores them (engine-tables.ts). */
export interface LexiconTables extends PatternTables {
  automaton: AutomatonTables;
}

/** All lexicon groups compiled into one automaton, built once. */
export class CompiledLexicon {
  readonly groups: LexiconGroup[] = [];
  readonly groupById = new Map<string, LexiconGroup>();
  private readonly patterns: Pattern[];
  /** Normalised text of each pattern (terms, romaji spellings, masked variants). */
  private readonly texts: string[];
  private readonly automaton: Automaton;
  /** search()'s list, reused: its caller is done with it before the next search. */
  private readonly searchFound = new IntList(64);
  readonly termCount: number;

  /** `tables`: what an earlier compilation of the same files made of their terms (the tables getter). */
  constructor(files: LexiconFile[], tables?: LexiconTables) {
    // A group listed in several files is one group, at the index of its first listing.
    const listings: Array<[number, LexiconGroup]> = [];
    const indexById = new Map<string, number>();
    let terms = 0;
    for (const file of files)
      for (const group of file.groups) {
        terms += group.terms.length;
        if (!indexById.has(group.id)) {
          indexById.set(group.id, this.groups.length);
          const shaped = withOneShape(group);
          this.groups.push(shaped);
          this.groupById.set(group.id, shaped);
        }
        listings.push([indexById.get(group.id)!, group]);
      }
    this.termCount = terms;
    ({ patterns: this.patterns, texts: this.texts } = tables
      ? patternsFromTables(tables)
      : compilePatterns(listings));
    this.automaton = new Automaton(tables ? tables.automaton : this.texts);
  }

  /** The patterns and automaton, for a table file. */
  get tables(): LexiconTables {
    return { ...patternTables(this.patterns, this.texts), automaton: this.automaton.tables };
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
