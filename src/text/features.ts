import type { ModerationContext } from './context.ts';
import type { TermMatch } from './lexicon.ts';
import type { Normalised } from './normalise.ts';

export interface Range {
  start: number;
  end: number;
}

/** Named signals found in one text, each with the original ranges that support it. */
export class FeatureSet {
  private readonly map = new Map<string, Range[]>();
  private readonly distinct = new Map<string, Set<string>>();

  add(name: string, start: number, end: number, term?: string): void {
    let list = this.map.get(name);
    if (!list) {
      list = [];
      this.map.set(name, list);
    }
    list.push({ start, end });
    if (term !== undefined) {
      let set = this.distinct.get(name);
      if (!set) {
        set = new Set();
        this.distinct.set(name, set);
      }
      set.add(term);
    }
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  distinctTerms(name: string): number {
    return this.distinct.get(name)?.size ?? (this.map.has(name) ? 1 : 0);
  }

  spans(name: string): Range[] {
    return this.map.get(name) ?? [];
  }

  names(): string[] {
    return [...this.map.keys()];
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
