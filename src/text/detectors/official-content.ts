import type { DetectorInput, FeatureSet } from '../features.ts';
import { normaliseTerm } from '../normalise.ts';
import { charNgrams, jaccard } from './similarity.ts';

const NUMBERS = /\d+/g;

/**
 * SNS-DELETE-13: a near-duplicate of one of the account's recent posts whose dates, numbers or
 * places differ. An unchanged copy is sharing, and is fine.
 */
export function detectAlteredOfficialContent(input: DetectorInput, features: FeatureSet): void {
  const text = input.match.text;
  if (text.length < 15 || input.context.officialPosts.length === 0) return;
  const grams = charNgrams(text, 3);
  const numbers = new Set(text.match(NUMBERS) ?? []);
  for (const post of input.context.officialPosts) {
    const official = normaliseTerm(post);
    const similarity = jaccard(grams, charNgrams(official, 3));
    if (similarity < 0.45) continue;
    const officialNumbers = new Set(official.match(NUMBERS) ?? []);
    const changedNumbers = [...numbers].some((n) => !officialNumbers.has(n));
    const changedWords = similarity < 0.9;
    if (changedNumbers || (changedWords && !official.includes(text) && !text.includes(official))) {
      features.add('near-duplicate-altered', 0, input.original.length);
    } else {
      features.add('near-duplicate-unchanged', 0, input.original.length);
    }
    return;
  }
}

// A fee or closure claimed about the organisation's own services, not about someone's offer.
const SERVICE =
  '(?:相談|利用|参加|セミナー|イベント|説明会|面接会|講座|訓練|ハロトレ|窓口|ここ|この施設|ジョブカフェ|ハロワ|ハローワーク|生協)';
const FEE_CLAIM = new RegExp(
  `${SERVICE}[^。！!？?]{0,14}(?:有料|参加費|手数料|お金(?:が|を)?(?:取|かか)|\\d+円(?:取|かか|払))`,
);
const CLOSURE_CLAIM = new RegExp(
  `${SERVICE}[^。！!？?]{0,14}(?:閉鎖|廃止|閉館|なくなる|無くなる|終了する|中止になっ|中止です)`,
);
/**
 * Every match of FEE_CLAIM and CLOSURE_CLAIM contains one of these words or a digit; the fast
 * scanner looks for them to know when this detector can say nothing.
 */
export const CLAIM_WORDS = [
  '有料',
  '参加費',
  '手数料',
  'お金',
  '閉鎖',
  '廃止',
  '閉館',
  'なくなる',
  '無くなる',
  '終了する',
  '中止になっ',
  '中止です',
];
const ASSERTIVE = /(らしい|聞いた|決まった|決まって|だよ|だって|になる|される|ってさ|確定|速報|です|ます)/;

/** SNS-DELETE-08 candidates: claims that contradict the tenant's published facts (free service, no closure). */
export function detectFactContradiction(input: DetectorInput, features: FeatureSet): void {
  const { facts } = input.context;
  const text = input.match.text;
  if (!ASSERTIVE.test(text)) return;
  const whole = { start: 0, end: input.original.length };
  if (facts.free === true) {
    const m = FEE_CLAIM.exec(text);
    if (m && !/(無料|かかりませ|かからない)/.test(text))
      features.add('fact-contradiction', whole.start, whole.end);
  }
  if (facts.noClosureAnnounced === true && CLOSURE_CLAIM.test(text)) {
    features.add('fact-contradiction', whole.start, whole.end);
  }
}

const topicCache = new WeakMap<string[], string[]>();
const postCache = new Map<string, string[]>();

function normalisedTopics(topics: string[]): string[] {
  let out = topicCache.get(topics);
  if (!out) {
    out = topics.map(normaliseTerm).filter((t) => t.length >= 2);
    topicCache.set(topics, out);
  }
  return out;
}

function normalisedPostWords(post: string): string[] {
  let out = postCache.get(post);
  if (!out) {
    out = post
      .split(/[\s:：、。「」『』（）()・]+/)
      .map(normaliseTerm)
      .filter((w) => w.length >= 2);
    if (postCache.size > 1000) postCache.clear();
    postCache.set(post, out);
  }
  return out;
}

/** On-topic evidence for SNS-DELETE-14: any of the account's topics or words of the post itself. */
export function detectTopic(input: DetectorInput, features: FeatureSet): void {
  const text = input.match.text;
  const words = normalisedTopics(input.context.topics);
  const postWords = input.context.post ? normalisedPostWords(input.context.post) : [];
  if (words.some((w) => text.includes(w)) || postWords.some((w) => text.includes(w))) {
    features.add('on-topic', 0, input.original.length);
  }
}
