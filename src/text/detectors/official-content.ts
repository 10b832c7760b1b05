import type { DetectorInput, FeatureSet } from '../features.ts';
import { normaliseTerm } from '../normalise.ts';
import { charNgrams, jaccard } from './similarity.ts';

const NUMBERS = /\d+/g;
/** A near-copy: 3-gram Jaccard with a post at least this, or, laid out like a notice, this many 3-grams shared. */
export const NEAR_COPY_JACCARD = 0.45;
export const NOTICE_MIN_SHARED = 20;
/** The share of a comment's own 3-grams a near-copy takes from the post (the Jaccard path takes more). */
export const NEAR_COPY_MIN_SHARE = 0.4;
/** Shorter comments are never compared with the posts. */
export const NEAR_COPY_MIN_LENGTH = 15;

/** A comment set out like a notice: a bracketed title (【…】) or the account's name as a signature. */
function looksLikeNotice(text: string, names: string[]): boolean {
  if (/【[^】]{2,30}】/.test(text)) return true;
  const tail = text.slice(-24);
  return names.some((n) => n.length >= 2 && tail.includes(normaliseTerm(n)));
}

/**
 * SNS-DELETE-13: a near-duplicate of one of the account's recent posts whose dates, numbers or
 * places differ. An unchanged copy is sharing, and is fine. Near means 3-gram Jaccard ≥ 0.45, or,
 * for a comment set out like a notice, most of its 3-grams (≥ 40 %, at least 20) taken from the
 * post: a shortened copy with new dates (【…のお知らせ】12月27日〜…) is no longer close to the
 * whole post, but it is still the post. On the containment path only changed numbers count, so a
 * comment that repeats the post's details in its own words is not flagged.
 */
interface PreparedPost {
  official: string;
  postGrams: Set<string>;
  officialNumbers: Set<string>;
}
const preparedPosts = new WeakMap<readonly string[], PreparedPost[]>();

/** The posts in the match view with their 3-grams and numbers, prepared once per list of posts. */
function prepare(posts: readonly string[]): PreparedPost[] {
  let prepared = preparedPosts.get(posts);
  if (!prepared) {
    prepared = posts.map((post) => {
      const official = normaliseTerm(post);
      return {
        official,
        postGrams: charNgrams(official, 3),
        officialNumbers: new Set(official.match(NUMBERS) ?? []),
      };
    });
    preparedPosts.set(posts, prepared);
  }
  return prepared;
}

export function detectAlteredOfficialContent(input: DetectorInput, features: FeatureSet): void {
  const text = input.match.text;
  if (text.length < NEAR_COPY_MIN_LENGTH || input.context.officialPosts.length === 0) return;
  const grams = charNgrams(text, 3);
  const numbers = new Set(text.match(NUMBERS) ?? []);
  const notice = looksLikeNotice(text, input.context.official.names);
  for (const { official, postGrams, officialNumbers } of prepare(input.context.officialPosts)) {
    const similarity = jaccard(grams, postGrams);
    const changedNumbers = [...numbers].some((n) => !officialNumbers.has(n));
    if (similarity < NEAR_COPY_JACCARD) {
      if (!notice || !changedNumbers) continue;
      let shared = 0;
      for (const g of grams) if (postGrams.has(g)) shared++;
      if (shared < NOTICE_MIN_SHARED || shared / grams.size < NEAR_COPY_MIN_SHARE) continue;
      features.add('near-duplicate-altered', 0, input.original.length);
      if (alterationClaimsFalsehood(text, official, officialNumbers))
        features.add('near-duplicate-false-claim', 0, input.original.length);
      return;
    }
    // Words changed: more than a few of the comment's 3-grams are not the post's (a trimmed copy is sharing).
    let novel = 0;
    for (const g of grams) if (!postGrams.has(g)) novel++;
    const changedWords = similarity < 0.9 && novel > Math.max(3, grams.size * 0.1);
    if (
      changedNumbers ||
      (changedWords && !official.includes(text) && !text.includes(official)) ||
      changedInside(text, official, postGrams)
    ) {
      features.add('near-duplicate-altered', 0, input.original.length);
      if (alterationClaimsFalsehood(text, official, officialNumbers))
        features.add('near-duplicate-false-claim', 0, input.original.length);
    } else {
      features.add('near-duplicate-unchanged', 0, input.original.length);
    }
    return;
  }
}

/**
 * A copy edited inside (無料 → 有料, 1月3日 → 1月12日) rather than quoted with words of one's own before
 * or after it. The copied core runs from the first to the last run of four 3-grams shared with the post;
 * inside it, three or more 3-grams are new (one changed character makes three; a sentence left out
 * makes at most two), or its numbers are not a run of the post's numbers in order.
 */
function changedInside(text: string, official: string, postGrams: Set<string>): boolean {
  let first = -1;
  let last = -1;
  let run = 0;
  for (let i = 0; i + 3 <= text.length; i++) {
    run = postGrams.has(text.slice(i, i + 3)) ? run + 1 : 0;
    if (run >= 4) {
      if (first < 0) first = i - 3;
      last = i;
    }
  }
  if (first < 0) return false;
  let novel = 0;
  for (let i = first + 1; i < last; i++) if (!postGrams.has(text.slice(i, i + 3))) novel++;
  if (novel >= 3) return true;
  return !isRunOf(text.slice(first, last + 3).match(NUMBERS) ?? [], official.match(NUMBERS) ?? []);
}

/** Are `mine` some of `theirs` in order and in a row? The first and last may be cut (…先着4 for 40). */
function isRunOf(mine: string[], theirs: string[]): boolean {
  if (mine.length === 0) return true;
  const end = mine.length - 1;
  for (let k = 0; k + mine.length <= theirs.length; k++) {
    let ok = true;
    for (let j = 0; j <= end && ok; j++) {
      const a = mine[j]!;
      const b = theirs[k + j]!;
      ok = a === b || (j === 0 && b.endsWith(a)) || (j === end && b.startsWith(a));
    }
    if (ok) return true;
  }
  return false;
}

// What an altered copy of a notice must say for the alteration to state something false (SNS-DELETE-08
// with 13), rather than only change a detail (a date, an hour, a place, a price: 13 alone).
const FREE = /無料|ただ(?:で|です|!)|(?<![\d,])0円/;
const FEE = /有料|\d円|料金|利用料|参加費\d/;
const CLOSURE = /休館|休み|閉館|閉庁|休業|閉鎖|中止|延期|廃止/g;
const NEW_CLAIM = /縮小|不可|対象外|停止|変更(?:です|になりました|になります|されました)/g;

/**
 * Whether a near-copy's changes assert a false fact about the service: a fee where the post says it
 * is free, a closure or cancellation the post does not announce (or the closure's dates moved), a
 * reduction, suspension or change the post does not state (縮小, 参加不可, 全面停止, 変更になりました).
 * A changed date, hour (24時間, 年中無休), place or price alone is the alteration (13), not a false claim.
 */
function alterationClaimsFalsehood(text: string, official: string, officialNumbers: Set<string>): boolean {
  if (FEE.test(text) && FREE.test(official) && !FEE.test(official) && !FREE.test(text)) return true;
  for (const m of text.matchAll(CLOSURE)) {
    if (!official.includes(m[0])) return true;
    // The closure's own dates moved: the numbers next to the closure word are not the post's.
    const near = text.slice(Math.max(0, m.index - 30), m.index + 12).match(NUMBERS) ?? [];
    if (near.some((n) => !officialNumbers.has(n)) || !isRunOf(near, official.match(NUMBERS) ?? []))
      return true;
  }
  for (const m of text.matchAll(NEW_CLAIM)) if (!official.includes(m[0])) return true;
  return false;
}
