import type { ModerationContext } from './context.ts';
import type { TermMatch } from './lexicon.ts';
import type { Normalised } from './normalise.ts';

export interface Range {
  start: number;
  end: number;
}

/** Named signals found in one text, each with the original ranges that support it. */
export class FeatureSet {
  /** Per name: its ranges, and the different terms that matched when terms are given (few: a list). */
  private readonly map = new Map<string, { ranges: Range[]; terms: string[] | undefined }>();

  add(name: string, start: number, end: number, term?: string): void {
    const feature = this.map.get(name);
    if (feature === undefined) {
      this.map.set(name, { ranges: [{ start, end }], terms: term === undefined ? undefined : [term] });
      return;
    }
    feature.ranges.push({ start, end });
    if (term === undefined) return;
    if (feature.terms === undefined) feature.terms = [term];
    else if (!feature.terms.includes(term)) feature.terms.push(term);
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  distinctTerms(name: string): number {
    const feature = this.map.get(name);
    return feature === undefined ? 0 : (feature.terms?.length ?? 1);
  }

  spans(name: string): Range[] {
    return this.map.get(name)?.ranges ?? [];
  }

  names(): IterableIterator<string> {
    return this.map.keys();
  }
}

/** What every detector reads. */
export interface DetectorInput {
  original: string;
  light: Normalised;
  match: Normalised;
  terms: TermMatch[];
  context: ModerationContext;
  authorName?: string;
  authorHandle?: string;
}

export type Detector = (input: DetectorInput, features: FeatureSet) => void;

/** Original range of a regex match found in a normalised view. */
export function toOriginal(n: Normalised, start: number, end: number): Range {
  return { start: n.map[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}
