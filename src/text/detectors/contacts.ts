import { type DetectorInput, type FeatureSet, type Range, toOriginal } from '../features.ts';
import { isValidMyNumber, luhnValid } from './check-digits.ts';

// Phone numbers in Japanese formats: 090-0000-1234, 03 0000 1234, ０９０ー…, (03)0000-1234, 09000001234.
const PHONE = /(?<![\d-])(?:\+81[-\s]?|0)\d{1,4}[-\s)]{0,2}\d{1,4}[-\s]{0,2}\d{3,4}(?![\d-])/g;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;
const POSTAL = /〒\s?\d{3}-?\d{4}/g;
const JOBSEEKER = /(?<!\d)\d{5}-\d{4,8}(?!\d)/g;
const MY_NUMBER = /(?<![\d-])\d{4}[\s-]?\d{4}[\s-]?\d{4}(?![\d-])/g;
const CARD = /(?<![\d-])(?:\d[\s-]?){13,19}(?![\d-])/g;
// Prefecture or municipality followed by a block number: 見本市みどり4-1-2, 埼玉県…1-2-3.
const ADDRESS =
  /(?:[一-龥]{2,3}[都道府県])?[一-龥ぁ-んァ-ヶ]{1,8}[市区町村郡][一-龥ぁ-んァ-ヶ]{0,10}?\d{1,4}(?:丁目|-)\d{1,4}(?:(?:番地?|-)\d{1,4})?/g;
// Digits spelled out in katakana or hiragana: ゼロキューゼロ…
const SPELLED_DIGIT =
  /(?:ゼロ|ぜろ|レイ|れい|マル|まる|イチ|いち|ニー|にー|ニ|に|サン|さん|ヨン|よん|ゴー|ごー|ゴ|ご|ロク|ろく|ナナ|なな|ハチ|はち|キュー|きゅー|キュウ|きゅう)/y;

const SOLICIT =
  /(紹介できます|気になる人|気になる方|メールで|電話して|お電話|今すぐ|連絡(?:ください|下さい|して|を)|副業|稼|募集|詳しく|詳細|話聞きたい|興味|追加|dm|相談乗|ご紹介|紹介します|ご連絡|プロフ|代行|承り|うけたまわり|受付中|依頼|料金|格安|\d円|問い?合わ?せは|連絡は)/;
const OWN =
  /(本人|自分の|私の|わたしの|僕の|俺の|折り返し|連絡先[:：]|希望です|郵送用|番号は前に|[一-龥]{1,3}です(?:[。、！!]|$))/;
const THIRD_PARTY_STRONG =
  /(さんの|くんの|ちゃんの|(?:さん|くん|ちゃん|氏)[（(][^）)]{1,20}[）)]の|元カノ|元カレ|元彼|友達の|見えた|見えちゃった|落ちてた|名簿|個人の携帯|私用|拾った|誰か(?:連絡|電話)|(?:連絡|電話)して(?:あげ|やっ)|(?:後輩|先輩|同僚|上司)(?:の|さんの)|[こあそ]の子|受付の子|(?:兄|姉|弟|妹|父|母|息子|娘|夫|妻|旦那|嫁|祖父|祖母|叔父|叔母|伯父|伯母|彼氏|彼女|友人|知人|隣の人|近所の人)の)/;
/**
 * On a desk channel: the user answering what the desk asked (とのことなので, 担当の方に聞かれた, 連絡先っすね)
 * or booking (予約したいです。名前は…、メールは…): the details given are their own.
 */
const DESK_ASKED =
  /(とのこと(?:なので|でしたので|ですので|でしたが)|必要とのこと|聞かれ(?:た|ました|ていた|てた)(?:件|連絡先|番号|勤務先|ので)|方に聞かれ|お尋ねの|ご質問の件|連絡先(?:っす|です)ね|連絡先ですが|番号(?:っす|です)ね|(?:メアド|メールアドレス|アドレス)(?:っす|です)ね|(?:名前|氏名|本名)は|(?:メール|メアド|アドレス|連絡先|電話|携帯)(?:の方)?(?:は|が|で)|(?:に|へ|まで)お願いします|予約(?:したい|します|を?お願い)|申し?込み?(?:たい|します))/;
const THIRD_PARTY_WEAK = /(の携帯|の自宅|の家|の住所|の番号|リスト)/;
/** The advertising vocabulary (lexicon groups of sns-05): a contact given beside it is given to solicit. */
const ADVERTISING_GROUPS = ['money-pitch', 'commerce', 'commerce-strong', 'call-contact'];
/** Words that place a number at an organisation (an office, a company, a desk), not at a person. */
const ORGANISATION =
  /(問い?合わ?せ|窓口|代表|事務所|事務局|会社|受付|センター|ハローワーク|ジョブカフェ|本部|支店|店舗|お店|役所|役場|協会|組合)/;

/** A landline or free-dial number (not a mobile or IP phone, which belong to a person). */
function isLandline(d: string): boolean {
  return /^0(?:120|800|570)/.test(d) || (/^0[1-9]/.test(d) && !/^0[5789]0/.test(d));
}

// Phone numbers in kanji numerals (〇九〇-一二三四-五六七八, 〇九〇の一二三四の…): they start with 〇 or 零, as a number starts with 0.
const KANJI_PHONE = /[〇零][〇零一二三四五六七八九]{1,4}(?:[-\s・の]?[〇零一二三四五六七八九]{1,4}){1,3}/g;
const KANJI_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function digits(s: string): string {
  return s.replace(/[〇零一二三四五六七八九]/g, (c) => KANJI_DIGIT[c] ?? '').replace(/\D/g, '');
}

function spelledPhones(text: string): Range[] {
  const found: Range[] = [];
  let i = 0;
  while (i < text.length) {
    let count = 0;
    let j = i;
    let end = i;
    while (j < text.length) {
      SPELLED_DIGIT.lastIndex = j;
      const m = SPELLED_DIGIT.exec(text);
      if (m) {
        count++;
        j += m[0].length;
        end = j;
        continue;
      }
      if ('、, ・'.includes(text[j]!) && count > 0) {
        j++;
        continue;
      }
      break;
    }
    if (count >= 10) {
      found.push({ start: i, end });
      i = end;
    } else i++;
  }
  return found;
}

/**
 * Contact details and identity numbers. An official contact of the tenant is fine; the user's own
 * contact is fine when given on request or marked as their own; used to solicit it is SNS-DELETE-05;
 * otherwise it is someone else's data (SNS-DELETE-09).
 */
export function detectContacts(input: DetectorInput, features: FeatureSet): void {
  if (!/[0-9０-９@＠ゼぜ〇零]/.test(input.original)) return;
  const { light, context } = input;
  const text = light.text;
  const officialPhones = new Set(context.allow.phones.map(digits));
  const officialEmails = new Set(context.allow.emails.map((e) => e.toLowerCase()));
  if (!/[0-9@ゼぜ〇零]/.test(text)) return;
  /** `digits`: a phone number's digits, as its pattern read them ('' for other kinds). */
  const found: Array<{ kind: string; range: Range; official: boolean; digits: string }> = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const add = (kind: string, s: number, e: number, official = false, phoneDigits = '') => {
    if (overlaps(s, e)) return;
    taken.push([s, e]);
    found.push({ kind, range: toOriginal(light, s, e), official, digits: phoneDigits });
  };

  for (const m of text.matchAll(EMAIL)) {
    const official =
      officialEmails.has(m[0]) || isOfficialDomain(m[0].split('@')[1] ?? '', context.allow.domains);
    add('email', m.index, m.index + m[0].length, official);
  }
  for (const m of text.matchAll(JOBSEEKER)) add('jobseeker-number', m.index, m.index + m[0].length);
  for (const m of text.matchAll(MY_NUMBER)) {
    const d = digits(m[0]);
    if (isValidMyNumber(d) || /マイナンバー|個人番号|まいなんばー/.test(text))
      add('my-number', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(PHONE)) {
    const d = digits(m[0]);
    if (d.length < 10 || d.length > 12) continue;
    add('phone', m.index, m.index + m[0].length, officialPhones.has(d), d);
  }
  for (const m of text.matchAll(CARD)) {
    const d = digits(m[0]);
    if (d.length >= 13 && luhnValid(d)) add('card-number', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(POSTAL)) add('postal-code', m.index, m.index + m[0].length);
  if (/[市区町村郡]/.test(text))
    for (const m of text.matchAll(ADDRESS)) add('address', m.index, m.index + m[0].length);
  if (/[ゼぜキきゼ]/.test(text)) for (const r of spelledPhones(text)) add('phone', r.start, r.end);
  if (/[〇零]/.test(text))
    for (const m of text.matchAll(KANJI_PHONE)) {
      const d = digits(m[0]);
      if (d.length >= 10 && d.length <= 11) add('phone', m.index, m.index + m[0].length, false, d);
    }

  if (found.length === 0) return;
  const solicit = SOLICIT.test(input.match.text) || ADVERTISING_GROUPS.some((g) => features.has(g));
  const organisation = ORGANISATION.test(text);
  const desk = context.channel !== 'public-comment';
  const ownMarked = OWN.test(text) || (context.contactRequested === true && desk);
  const thirdParty = THIRD_PARTY_STRONG.test(text) || (THIRD_PARTY_WEAK.test(text) && !ownMarked);
  const own = (ownMarked || (desk && DESK_ASKED.test(text))) && !thirdParty;
  for (const f of found) {
    features.add(`contact:${f.kind}`, f.range.start, f.range.end);
    if (f.official) {
      features.add('contact:official', f.range.start, f.range.end);
      continue;
    }
    if (own || features.has('claims-official') || features.has('claims-staff')) continue;
    if (solicit && !thirdParty) features.add('contact:solicit', f.range.start, f.range.end);
    // SNS-DELETE-09 protects personal data: an office's or a company's landline is not a person's.
    else if (f.kind === 'phone' && organisation && !thirdParty && isLandline(f.digits)) continue;
    else features.add('contact:third-party', f.range.start, f.range.end);
  }
}

export function isOfficialDomain(host: string, allowed: string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return allowed.some((d) => d.toLowerCase() === h);
}
