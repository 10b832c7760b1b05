// The generated comment corpus of `npm run bench:moderation`, also used by the tests that check the
// fast path against the full pipeline. Fixed seed: the same corpus on every run.
import { type LexiconFile, loadLexiconFiles } from '../src/text/lexicon.ts';

const FRAGMENTS = [
  '先週の説明会に参加しました。',
  '予約はいつから取れますか？',
  'カウンセラーさんに話を聞いてもらえてよかったです。',
  '会場までのアクセスを教えてください。',
  '履歴書の書き方で悩んでいます。',
  'オンライン相談はスマホでもできますか。',
  '子どもが小さいので短時間の仕事を探しています。',
  '資料がわかりやすかったです😊',
  '次回も楽しみにしています！',
  '駐車場はありますか',
  '面接で緊張してうまく話せませんでした…',
  'イベントの写真、雰囲気が伝わってきますね。',
  'ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ!!',
  'Thank you for the seminar.',
  '受付時間が短くなるのは困ります。',
];
const SEPARATORS = [' ', '.', '\u200b', '・'];

export interface BenchCorpus {
  files: LexiconFile[];
  /** Every term of the lexicon groups that carry a category. */
  terms: string[];
  comments: Array<{ text: string; violating: boolean }>;
}

/** `count` comments of 20–300 characters; 10 % get one listed term, half of those with separators inserted. */
export function generateCorpus(count: number): BenchCorpus {
  let seed = 20261123;
  const random = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const files = loadLexiconFiles();
  const terms = files.flatMap((f) => f.groups.filter((g) => g.category).flatMap((g) => g.terms));
  const evade = (term: string): string => {
    const chars = [...term];
    if (chars.length < 2 || random() < 0.5) return term;
    return chars.join(pick(SEPARATORS));
  };
  const comments: BenchCorpus['comments'] = [];
  for (let i = 0; i < count; i++) {
    const target = 20 + Math.floor(random() * 281);
    let text = '';
    while (text.length < target) text += pick(FRAGMENTS);
    text = text.slice(0, target);
    const violating = random() < 0.1;
    if (violating) {
      const at = Math.floor(random() * text.length);
      text = `${text.slice(0, at)}${evade(pick(terms))}${text.slice(at)}`;
    }
    comments.push({ text, violating });
  }
  return { files, terms, comments };
}
