// SNS-DELETE-08 from the tenant's published facts: a free service said to cost, closures said otherwise.
import type { DetectorInput, FeatureSet } from '../features.ts';
import { normaliseTerm } from '../normalise.ts';

// A fee or closure claimed about the organisation's own services, not about someone's offer.
// Written as the match view spells them (katakana folded to hiragana, long vowels dropped); not ここ,
// which the view folds to こ.
const SERVICE = `(?:${[
  '相談',
  '利用',
  '参加',
  'セミナー',
  'イベント',
  '説明会',
  '面接会',
  '講座',
  '訓練',
  'ハロトレ',
  '窓口',
  'この施設',
  'ジョブカフェ',
  'ハロワ',
  'ハローワーク',
  '生協',
  'カウンセリング',
  'カウンセラー',
  '面談',
  '添削',
  '模擬面接',
  '撮影会',
  '適職診断',
  '職業紹介',
  '求人検索',
  '登録',
  '予約',
]
  .map(normaliseTerm)
  .join('|')})`;
const FEE_CLAIM = new RegExp(
  `${SERVICE}[^。！!？?]{0,14}(?:有料(?!の)|参加費|手数料|お金(?:が|を)?(?:取|かか?[るっりら])|\\d+円(?:取|かか?[るっりら]|払))`,
);
// A closure with a date or a decision is a claim even without a rumour marker (来年3月で終わり, 廃止決定).
const CLOSURE_CLAIM = new RegExp(
  `${SERVICE}[^。！!？?]{0,14}(?:閉鎖|廃止|閉館|なくなる|無くなる|なくなり|無くなり|終了する|中止になっ|中止です|` +
    `(?:月|年|年度|末|週|いっぱい)(?:で|を(?:もって|持って))(?:終わり|おしまい|終了|打ち切り)|打ち切りにな|打ち切られ)`,
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
  'なくなり',
  '無くなり',
  '打ち切',
  'おしまい',
  '終わり',
  '終了',
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
// Said as a fact or passed on as one, in standard speech or dialect (んやって, げな, 言うとった, らしいで).
const ASSERTIVE =
  /(らしい|聞いた|決まった|決まって|決定|だよ|だって|になる|になった|される|ってさ|確定|速報|です|ます|ません|やって|やろ|げな|とった|よった|って話|終わり|おしまい|打ち切)/;

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
  /(開設し|臨時窓口|臨時開館|開いて|あいて|空いて|開館し|開館して|開館す|開けて|営業して|営業す|やって(?:る|ます|い)|普通に(?:やって|開|営業|相談|利用|使え)|相談できる|利用できる|休みじゃな|休館じゃな|休まな|休みなし|休館なし|無休)/;
const CLOSED_CLAIM = /(休館|休み|閉館|閉ま|お休み|閉庁|休業|やってな|開いてな)/;
// Hearsay or assertion: a closure claim stated as fact, not asked.
const CLOSURE_MARKER =
  /(らしい|聞いた|聞きました|言って(?:た|まし|いた)|噂|だって|ってさ|ってよ|んだよ|だよ|ですよ|みたい|そうです|決まった|確定|拡散|(?:し|いたし)ます(?!か))/;

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
