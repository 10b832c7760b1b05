import {
  NEAR_COPY_JACCARD,
  NEAR_COPY_MIN_LENGTH,
  NEAR_COPY_MIN_SHARE,
  NOTICE_MIN_SHARED,
} from './detectors/official-content.ts';
import { normaliseTerm } from './normalise.ts';

/** Bits of a 3-gram's hash in the set (the scan kernel's NEAR_HASH_BITS, checked at load). */
export const NEAR_HASH_BITS = 16;
/** Slots of the per-comment table that skips a 3-gram met before in the same comment. */
const SEEN_SLOTS = 1 << 10;
const cache = new WeakMap<readonly string[], OfficialGrams>();

/** One 3-gram of UTF-16 codes hashed to 32 bits (kernel/near.as.ts computes the same). */
function gramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b1, 0x01000193);
  h = Math.imul(h ^ b, 0x01000193);
  return Math.imul(h ^ c, 0x01000193);
}

/** The bit of a 3-gram's hash in the set. */
function bitOf(hash: number): number {
  return hash >>> (32 - NEAR_HASH_BITS);
}

/**
 * The 3-grams of an account's official posts (in the match view), as a bit set of their hashes. It
 * lets the fast path see in one pass over a comment's view that it cannot be a near-copy of any post
 * (SNS-DELETE-13). A near-copy shares with one post at least `minShared` distinct 3-grams, and at
 * least NEAR_COPY_MIN_SHARE of its own: the pass counts the comment's distinct 3-grams whose bit is set
 * (never fewer: a hash collision can only add) and a lower bound of its distinct 3-grams (the
 * slots they fill in a small table, where a collision can only take away).
 */
export class OfficialGrams {
  readonly bits = new Uint32Array(1 << (NEAR_HASH_BITS - 5));
  /** Per slot: the comment (numbered by `comment`) and position of the first 3-gram that filled it. */
  private readonly seenIn = new Int32Array(SEEN_SLOTS);
  private readonly seenAt = new Int32Array(SEEN_SLOTS);
  private comment = 0;
  /** The fewest 3-grams a near-copy of one of the posts shares with it (Infinity: none can have one). */
  readonly minShared: number;

  private constructor(posts: readonly string[]) {
    let minShared = Number.POSITIVE_INFINITY;
    for (const post of posts) {
      const text = normaliseTerm(post);
      const grams = new Set<string>();
      for (let i = 0; i + 3 <= text.length; i++) {
        grams.add(text.slice(i, i + 3));
        const bit = bitOf(gramHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)));
        this.bits[bit >>> 5]! |= 1 << (bit & 31);
      }
      // Jaccard ≥ J with the post's n grams needs ≥ J·n shared; the notice path needs NOTICE_MIN_SHARED.
      if (grams.size > 0)
        minShared = Math.min(
          minShared,
          NOTICE_MIN_SHARED,
          Math.max(1, Math.floor(NEAR_COPY_JACCARD * grams.size)),
        );
    }
    this.minShared = minShared;
  }

  static of(posts: readonly string[]): OfficialGrams {
    let grams = cache.get(posts);
    if (!grams) {
      grams = new OfficialGrams(posts);
      cache.set(posts, grams);
    }
    return grams;
  }

  /**
   * Whether the view (the first `length` codes) may be a near-copy of a post: false is certain. `met`:
   * its 3-grams found in the set, repeats counted again (the scan kernel's count, or countMet). Most
   * comments meet too few; only the rest are counted distinctly.
   */
  mayBeNearCopy(met: number, codes: Uint16Array, length: number): boolean {
    if (length < NEAR_COPY_MIN_LENGTH || this.minShared === Number.POSITIVE_INFINITY) return false;
    return met >= this.minShared && this.enoughDistinct(codes, length);
  }

  /** The view's 3-grams whose bit is set, repeats counted again (what the scan kernel counts). */
  countMet(codes: Uint16Array, length: number): number {
    let met = 0;
    for (let i = 0; i + 2 < length; i++)
      if (this.has(gramHash(codes[i]!, codes[i + 1]!, codes[i + 2]!))) met++;
    return met;
  }

  private has(hash: number): boolean {
    const bit = bitOf(hash);
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** The bound on distinct 3-grams: shared ones against minShared, and against the comment's own. */
  private enoughDistinct(codes: Uint16Array, length: number): boolean {
    if (++this.comment === 0x7fffffff) {
      this.seenIn.fill(0);
      this.comment = 1;
    }
    const { seenIn, seenAt, comment } = this;
    let shared = 0;
    let distinct = 0;
    for (let i = 0; i + 2 < length; i++) {
      const a = codes[i]!;
      const b = codes[i + 1]!;
      const c = codes[i + 2]!;
      const hash = gramHash(a, b, c);
      const slot = hash & (SEEN_SLOTS - 1);
      if (seenIn[slot] !== comment) {
        seenIn[slot] = comment;
        seenAt[slot] = i;
        distinct++;
      } else {
        const j = seenAt[slot]!;
        if (codes[j] === a && codes[j + 1] === b && codes[j + 2] === c) continue; // met before
      }
      if (this.has(hash)) shared++;
    }
    return shared >= this.minShared && shared >= NEAR_COPY_MIN_SHARE * distinct;
  }
}
