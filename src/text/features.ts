import type { ModerationContext } from './context.ts';
import { type Normalised, normalise } from './normalise.ts';

export interface Range {
  start: number;
  end: number;
}

/** One feature: its ranges as flat (start, end) pairs, and the different terms that matched. */
interface Feature {
  ranges: number[];
  term: string | undefined;
  moreTerms: string[] | undefined;
}

/** Named signals found in one text, each with the original ranges that support it. */
export class FeatureSet {
  private readonly map = new Map<string, Feature>();
  /** The names, in the order they were first added: a list beside the map, as iterating a Map allocates in cold code. */
  private readonly added: string[] = [];

  add(name: string, start: number, end: number, term?: string): void {
    const feature = this.map.get(name);
    if (feature === undefined) {
      this.map.set(name, { ranges: [start, end], term, moreTerms: undefined });
      this.added.push(name);
      return;
    }
    // A term inside or across another match of the feature (在宅 in 在宅で) is not a different term.
    const overlaps = overlapsAny(feature.ranges, start, end);
    feature.ranges.push(start, end);
    if (term === undefined || term === feature.term || overlaps) return;
    if (feature.term === undefined) feature.term = term;
    else if (feature.moreTerms === undefined) feature.moreTerms = [term];
    else if (!feature.moreTerms.includes(term)) feature.moreTerms.push(term);
  }

  has(name: string): boolean {
    return this.map.has(name);
  }

  distinctTerms(name: string): number {
    const feature = this.map.get(name);
    if (feature === undefined) return 0;
    return feature.term === undefined ? 1 : 1 + (feature.moreTerms?.length ?? 0);
  }

  /** The feature's original ranges as flat (start, end) pairs (the set's own list: do not change it). */
  ranges(name: string): readonly number[] | undefined {
    return this.map.get(name)?.ranges;
  }

  spans(name: string): Range[] {
    const spans: Range[] = [];
    this.addSpansTo(spans, name);
    return spans;
  }

  addSpansTo(spans: Range[], name: string): void {
    const ranges = this.map.get(name)?.ranges;
    if (ranges === undefined) return;
    for (let k = 0; k < ranges.length; k += 2) spans.push({ start: ranges[k]!, end: ranges[k + 1]! });
  }

  /** The names present, in the order they were first added (the set's own list: do not change it). */
  names(): readonly string[] {
    return this.added;
  }
}

function overlapsAny(ranges: number[], start: number, end: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (start < ranges[k + 1]! && ranges[k]! < end) return true;
  return false;
}

/** What every detector reads. */
export interface DetectorInput {
  original: string;
  light: Normalised;
  match: Normalised;
  context: ModerationContext;
  authorName?: string;
  authorHandle?: string;
}

export type Detector = (input: DetectorInput, features: FeatureSet) => void;

/**
 * The detector input of one comment. The light view is built on first use, as only the detectors
 * with trigger characters present read it; a class, because an object literal with a getter costs
 * ~0.6 µs to create (docs/perf.md, sixth session).
 */
export class CommentInput implements DetectorInput {
  readonly original: string;
  readonly match: Normalised;
  readonly context: ModerationContext;
  readonly authorName?: string;
  readonly authorHandle?: string;
  private lightView: Normalised | undefined;

  constructor(
    original: string,
    match: Normalised,
    context: ModerationContext,
    authorName?: string,
    authorHandle?: string,
  ) {
    this.original = original;
    this.match = match;
    this.context = context;
    if (authorName !== undefined) this.authorName = authorName;
    if (authorHandle !== undefined) this.authorHandle = authorHandle;
  }

  get light(): Normalised {
    this.lightView ??= normalise(this.original, 'light');
    return this.lightView;
  }
}

/** Original range of a regex match found in a normalised view. */
export function toOriginal(n: Normalised, start: number, end: number): Range {
  return { start: n.map[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}
