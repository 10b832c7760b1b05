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
export function detectAlteredOfficialContent(input: DetectorInput, features: FeatureSet): void {
  const text = input.match.text;
  if (text.length < NEAR_COPY_MIN_LENGTH || input.context.officialPosts.length === 0) return;
  const grams = charNgrams(text, 3);
  const numbers = new Set(text.match(NUMBERS) ?? []);
  const notice = looksLikeNotice(text, input.context.official.names);
  for (const post of input.context.officialPosts) {
    const official = normaliseTerm(post);
    const postGrams = charNgrams(official, 3);
    const similarity = jaccard(grams, postGrams);
    const officialNumbers = new Set(official.match(NUMBERS) ?? []);
    const changedNumbers = [...numbers].some((n) => !officialNumbers.has(n));
    if (similarity < NEAR_COPY_JACCARD) {
      if (!notice || !changedNumbers) continue;
      let shared = 0;
      for (const g of grams) if (postGrams.has(g)) shared++;
      if (shared < NOTICE_MIN_SHARED || shared / grams.size < NEAR_COPY_MIN_SHARE) continue;
      features.add('near-duplicate-altered', 0, input.original.length);
      return;
    }
    // Words changed: more than a few of the comment's 3-grams are not the post's (a trimmed copy is sharing).
    let novel = 0;
    for (const g of grams) if (!postGrams.has(g)) novel++;
    const changedWords = similarity < 0.9 && novel > Math.max(3, grams.size * 0.1);
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
  // closures (facts.closures): the period's name, or an opening claim for a date inside it
  '年末',
  '年始',
  '正月',
  '大晦日',
  '大みそか',
  '元日',
  '元旦',
  '開いて',
  '開館',
  '営業',
];
const ASSERTIVE = /(らしい|聞いた|決まった|決まって|だよ|だって|になる|される|ってさ|確定|速報|です|ます)/;

/** SNS-DELETE-08 candidates: claims that contradict the tenant's published facts (free service, no closure). */
export function detectFactContradiction(input: DetectorInput, features: FeatureSet): void {
  const { facts } = input.context;
  const text = input.match.text;
  const whole = { start: 0, end: input.original.length };
  // The fast path wakes this detector for a digit, or for a claim word when `free` or
  // `noClosureAnnounced` is set: without either, a closure claim with no date is not looked at.
  const awake = facts.free === true || facts.noClosureAnnounced === true || /\d/.test(text);
  if (
    facts.closures !== undefined &&
    facts.closures.length > 0 &&
    awake &&
    contradictsClosures(input, facts.closures)
  )
    features.add('fact-contradiction', whole.start, whole.end);
  if (!ASSERTIVE.test(text)) return;
  if (facts.free === true) {
    const m = FEE_CLAIM.exec(text);
    if (m && !/(無料|かかりませ|かからない)/.test(text))
      features.add('fact-contradiction', whole.start, whole.end);
  }
  if (facts.noClosureAnnounced === true && CLOSURE_CLAIM.test(text)) {
    features.add('fact-contradiction', whole.start, whole.end);
  }
}

/** A closure period in day-of-year numbers (a period over the new year has end < start). */
interface Period {
  start: number;
  end: number;
  names: string[];
}
const periodCache = new WeakMap<string[], Period[]>();
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const dayOf = (month: number, day: number): number => DAYS_BEFORE[month - 1]! + day;
/** 12/29, 12月29日 (full-width digits are already folded by the match view); 〜 or - between two dates. */
const DATE = /(\d{1,2})\s*(?:\/|月)\s*(\d{1,2})(?!\d)/g;
const PERIOD_NAMES: Array<[RegExp, string[]]> = [
  [/年末年始/, ['年末年始', '年末', '年始', '正月', '大晦日', '大みそか', '元日', '元旦']],
  [/お盆|夏季/, ['お盆', '夏季休', '夏休み']],
  [/ゴールデンウィーク|gw|連休/i, ['ゴールデンウィーク', 'gw', '連休']],
];

function closurePeriods(closures: string[]): Period[] {
  let periods = periodCache.get(closures);
  if (!periods) {
    periods = [];
    for (const c of closures) {
      const text = c.normalize('NFKC').toLowerCase();
      const dates = [...text.matchAll(DATE)].map((m) => dayOf(Number(m[1]), Number(m[2])));
      const names = PERIOD_NAMES.find(([re]) => re.test(text))?.[1] ?? [];
      if (dates.length >= 2) periods.push({ start: dates[0]!, end: dates[1]!, names });
      else if (dates.length === 1) periods.push({ start: dates[0]!, end: dates[0]!, names });
    }
    periodCache.set(closures, periods);
  }
  return periods;
}

function inPeriod(p: Period, day: number): boolean {
  return p.start <= p.end ? day >= p.start && day <= p.end : day >= p.start || day <= p.end;
}
/** Distance in days from a period (0 inside it), over the year boundary. */
function distance(p: Period, day: number): number {
  if (inPeriod(p, day)) return 0;
  const d = (a: number, b: number) => Math.min(Math.abs(a - b), 365 - Math.abs(a - b));
  return Math.min(d(day, p.start), d(day, p.end));
}

// Said to be open, or working as usual; said to be closed.
const OPEN_CLAIM =
  /(開いて|あいて|空いて|開館し|開館して|開館す|開けて|営業して|営業す|やって(?:る|ます|い)|普通に(?:やって|開|営業|相談|利用|使え)|相談できる|利用できる|休みじゃな|休館じゃな|休まな|休みなし|休館なし|無休)/;
const CLOSED_CLAIM = /(休館|休み|閉館|閉ま|お休み|閉庁|休業|やってな|開いてな)/;
// Hearsay or assertion: a closure claim stated as fact, not asked.
const CLOSURE_MARKER =
  /(らしい|聞いた|聞きました|言って(?:た|まし|いた)|噂|だって|ってさ|ってよ|んだよ|だよ|ですよ|みたい|そうです|決まった|確定|拡散)/;

/**
 * Facts.closures: a claim that the office is open on a date the organisation announced as closed (or
 * during the named period, 年末年始も開いてる), or closed on a date next to the period but outside it.
 * Only hearsay or assertions count; questions are left to the rule's `question` blocker.
 */
function contradictsClosures(input: DetectorInput, closures: string[]): boolean {
  const text = input.match.text;
  if (!CLOSURE_MARKER.test(text)) return false;
  const open = OPEN_CLAIM.test(text);
  const closed = !open && CLOSED_CLAIM.test(text);
  if (!open && !closed) return false;
  const periods = closurePeriods(closures);
  const days: number[] = [];
  let hasMonth = false;
  // Dates from the light view: the match view drops separators between digits (12/29〜1/3).
  const light = input.light.text;
  for (const m of light.matchAll(DATE)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      days.push(dayOf(month, day));
      hasMonth = true;
    }
  }
  for (const p of periods) {
    const named = p.names.some((n) => text.includes(n));
    let dates = days;
    if (!hasMonth && named) {
      // 年末は31日まで: a bare day of the month, read in the period's months.
      dates = [...light.matchAll(/(\d{1,2})日/g)].flatMap((m) => {
        const d = Number(m[1]);
        const inStart = p.start - DAYS_BEFORE.findLast((b) => b < p.start)!;
        return d >= inStart - 7 ? [p.start - inStart + d] : [d];
      });
    }
    if (dates.length > 0) {
      if (open && dates.some((d) => inPeriod(p, d))) return true;
      if (
        closed &&
        dates.some((d) => distance(p, d) > 0 && distance(p, d) <= 7) &&
        !dates.some((d) => inPeriod(p, d))
      )
        return true;
    } else if (named && open) {
      return true;
    }
  }
  return false;
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

// A short connection check (テスト, test送信, 送信テスト) in a desk chat: the desk is where a user
// checks that LINE works, so it is part of the desk's business, not off-topic (SNS-DELETE-14 is for public comments).
const DESK_TEST =
  /^[\s\p{P}\p{S}]*(?:送信|接続)?(?:てすと|test(?:ing)?)(?:送信|中|です|でした|してます|します)?[\s\p{P}\p{S}]*$/u;

/** On-topic evidence for SNS-DELETE-14: any of the account's topics or words of the post itself. */
export function detectTopic(input: DetectorInput, features: FeatureSet): void {
  const text = input.match.text;
  if (input.context.channel !== 'public-comment' && text.length <= 16 && DESK_TEST.test(text)) {
    features.add('on-topic', 0, input.original.length);
    return;
  }
  const words = normalisedTopics(input.context.topics);
  const postWords = input.context.post ? normalisedPostWords(input.context.post) : [];
  if (words.some((w) => text.includes(w)) || postWords.some((w) => text.includes(w))) {
    features.add('on-topic', 0, input.original.length);
  }
}
