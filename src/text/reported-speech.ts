// Reported speech: words a writer quotes as received — 上司に「殺すぞ」って怒鳴られました,
// 「日給5万」ってDMが来ました — are someone else's, brought to the desk or the comments to ask for
// help or to warn. They are evidence of nothing the writer does (SNS-DELETE-01, 02, 03, 06, 07, 15 …).
// A quote is reported when, after it (and any quotes chained to it: 「返事しろ」「無視すんな」って),
// a quoting particle is followed closely by a verb of receiving, of someone else's saying or of seeing,
// or by a noun of communication (という募集).

const CLOSER_OF: Record<string, string> = { '「': '」', '『': '』', '“': '”', '＂': '＂' };
/** Most comments quote nothing: one native search answers for them. */
const ANY_OPENER = /[「『“＂]/;
const NONE: number[] = [];
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
    '聞かれ|誘われ|勧誘され|来た|来ました|来て|来ます|きた|きました|きて|届い|届き|かかってき|' +
    '言ってく|言ってき|言ってた|言っていた|言ってました|言いました|言われる|話してき|話してた|' +
    'メッセージが|DMが|dmが|メールが|LINEが|電話が|見た|見まし|見て(?!ろ|おけ|いろ)|見かけ|見つけ|貼って|' +
    '書いてあ|書いてる|書いてた|言ってて|言ってる|コメントして[いたる]|コメントする[人方奴]|投稿して[いたる]|投稿され)' +
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
  if (!ANY_OPENER.test(text)) return NONE;
  const out: number[] = [];
  let chain: number[] = [];
  let i = 0;
  while (i < text.length) {
    const closer = CLOSER_OF[text[i]!];
    if (closer === undefined) {
      i++;
      continue;
    }
    const end = text.indexOf(closer, i + 1);
    if (end < 0) break;
    chain.push(i + 1, end);
    const next = nextOpener(text, end + 1);
    if (next >= 0 && CHAIN.test(text.slice(end + 1, next))) {
      i = next;
      continue;
    }
    if (REPORTED_AFTER.test(text.slice(end + 1, end + 40))) out.push(...chain);
    chain = [];
    i = end + 1;
  }
  return out;
}

function nextOpener(text: string, from: number): number {
  for (let k = from; k < text.length && k < from + 4; k++) if (CLOSER_OF[text[k]!] !== undefined) return k;
  return -1;
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
 * combination rules, except references to people and groups. A blocker quoted (「冗談だよ」って言われた)
 * still blocks.
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
