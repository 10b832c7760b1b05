// Reported speech: words a writer quotes as received — 上司に「殺すぞ」って怒鳴られました,
// 「日給5万」ってDMが来ました — are someone else's, brought to the desk or the comments to ask for
// help or to warn. They are evidence of nothing the writer does (SNS-DELETE-01, 02, 03, 06, 07, 15 …).
// A quote is reported when, after it (and any quotes chained to it: 「返事しろ」「無視すんな」って),
// a quoting particle is followed closely by a verb of receiving, of someone else's saying or of seeing,
// or by a noun of communication (という募集).

const CLOSER_OF: Record<string, string> = { '「': '」', '『': '』', '“': '”', '＂': '＂' };
/** Found with a native search: most comments quote nothing, and a long one is not walked character by character. */
const OPENERS = /[「『“＂]/g;
const NONE: number[] = [];
/** A reported quote is a sentence or two; an opener with no closer this near quotes nothing. */
const MAX_QUOTE = 200;
/** Between two chained quotes: nothing, a comma or a listing particle. */
const CHAIN = /^[\s、，,・]*(?:や|とか|と|、)?[\s、，,]*$/;
/**
 * After the last quote: a quoting particle, at most a few words (who, how often, by what channel),
 * then a passive or receiving verb, another person's saying or the writer's seeing it; or a noun of
 * communication (という募集, っていう誘い). The writer's own saying is not here (言いたい, 言ってやる,
 * 言おう, 投稿しよう), nor a request (伝えて), nor a warning to watch (見てろ).
 */
const REPORTED_AFTER = new RegExp(
  '^\\s*(?:って|と|という|っていう|との|などと|なんて|みたいなこと|みたいに|とか)' +
    '[^。．！？!?\\n「『]{0,14}?' +
    '(?:言われ|いわれ|呼ばれ|よばれ|怒鳴られ|どなられ|罵られ|罵倒され|脅され|おどされ|叱られ|責められ|' +
    '詰められ|からかわれ|笑われ|馬鹿にされ|バカにされ|ばかにされ|いじられ|送られ|書かれ|書き込まれ|' +
    '聞かれ|誘われ|勧誘され|来た|来ました|来ます|きた|きました|届い|届き|かかってき|' +
    // 来て, きて, 言ってく, 見て: not as a request (言ってください, 見てね, 書いてきて欲しい)
    '(?:来て|きて)(?!く|ね|ほし|欲し)|言ってく(?!だ|れ)|言ってき|言ってた|言っていた|言ってました|' +
    '言いました|言われる|話してき|話してた|メッセージが|DMが|dmが|メールが|LINEが|電話が|見た|見まし|' +
    '見て(?!ろ|おけ|いろ|く|ね|ほし|欲し|み|な)|見かけ|見つけ|貼ってあ|貼られ|書いてあ|書いてる|書いてた|' +
    '言ってて|言ってる|コメントして[いたる]|コメントする[人方奴]|投稿して[いたる]|投稿され)' +
    // or a quoting noun: 「…」という募集, 「…」っていう誘い
    '|^\\s*(?:という|っていう|みたいな)(?:募集|誘い|勧誘|広告|求人|書き込み|コメント|投稿|メッセージ|メール|' +
    '電話|DM|dm|SMS|チラシ|貼り紙|張り紙|文面|文言|話|噂|手口)',
);

/** The reported quotes of one comment, and the lexicon groups that count as evidence (not blockers). */
export interface ReportedSpeech {
  quotes: readonly number[];
  evidence: ReadonlySet<string>;
}

/** [start, end) of the inside of every reported quote in `text`, as flat pairs, in order. */
export function reportedQuotes(text: string): number[] {
  OPENERS.lastIndex = 0;
  let opening = OPENERS.exec(text);
  if (opening === null) return NONE;
  const out: number[] = [];
  let chain: number[] = [];
  while (opening !== null) {
    const open = opening.index;
    const opener = opening[0];
    const inside = text.slice(open + 1, open + 1 + MAX_QUOTE);
    const length = inside.indexOf(CLOSER_OF[opener]!);
    // A stray opener before this one's closer (「外国人は出ていけ。「言い過ぎ」って…): the quote starts at the
    // inner one. No closer near: not a quote.
    const inner = opener === CLOSER_OF[opener] ? -1 : inside.indexOf(opener);
    if (length < 0 || (inner >= 0 && inner < length)) {
      chain = [];
      OPENERS.lastIndex = open + 1;
      opening = OPENERS.exec(text);
      continue;
    }
    const end = open + 1 + length;
    chain.push(open + 1, end);
    OPENERS.lastIndex = end + 1;
    opening = OPENERS.exec(text);
    const next = opening === null || opening.index > end + 4 ? -1 : opening.index;
    if (next >= 0 && CHAIN.test(text.slice(end + 1, next))) continue;
    if (REPORTED_AFTER.test(text.slice(end + 1, end + 40))) out.push(...chain);
    chain = [];
  }
  return out;
}

/** Whether [start, end) lies inside one of the quotes (flat pairs from reportedQuotes). */
export function insideQuote(quotes: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k < quotes.length; k += 2) if (start >= quotes[k]! && end <= quotes[k + 1]!) return true;
  return false;
}

/** Who or what is talked about: a quoted name (「外国人歓迎」って書いてある求人は…) can be attacked outside the quote. */
const REFERENCES = new Set(['protected-group', 'target-person', 'person-ref', 'surname']);

/**
 * The groups whose matches are evidence for a label: those with a category, and the parts of
 * combination rules, except references to people and groups. A group that is only a blocker still blocks
 * when quoted (「冗談だよ」って言われた); one that is evidence too (kill-threat, claims-official) is set
 * aside inside the quote like any evidence.
 */
export function evidenceGroups(
  groups: Iterable<{ id: string; category?: string }>,
  rules: Iterable<{ all: readonly string[] }>,
): Set<string> {
  const out = new Set<string>();
  for (const g of groups) if (g.category) out.add(g.id);
  for (const r of rules) for (const name of r.all) out.add(name);
  for (const name of REFERENCES) out.delete(name);
  return out;
}
