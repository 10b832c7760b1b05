import { describe, expect, test } from 'vitest';
import { moderateOn, ruleIds } from './moderation-test-kit.ts';
import type { RuleId, Verdict } from './verdict.ts';

// Recall of 02, 03, 04, 08, 10 and 14 in harder styles (dialect, polite, English,
// Chinese, half-width kana) and the precision cases next to them. Sentences written for these tests.

const run = (
  text: string,
  account = 'hellowork',
  post = 'X: 今週の注目求人の紹介',
  authorHandle?: string,
): Verdict => moderateOn(text, account, post, authorHandle);
const rules = (v: Verdict): RuleId[] => ruleIds(v).sort();
function has(t: string, rule: RuleId, account?: string): void {
  expect(rules(run(t, account)), t).toContain(rule);
}
function clean(t: string, account?: string): void {
  expect(rules(run(t, account)), t).toEqual([]);
}

describe('SNS-DELETE-08', () => {
  test('SNS-DELETE-08: a rumour passed on in dialect, English or Chinese is false information', () => {
    for (const t of [
      'ハロワって来年から有料になるんやって',
      'ジョブカフェもうすぐ閉鎖するげな',
      '職業訓練、今年で廃止らしいで',
      'ここの相談窓口、来月で終わりって話やで',
      'Heard the job cafe is closing next month, spread the word',
      'apparently hellowork will start charging for counseling',
      '听说ハローワーク下个月关门了',
      'ハロワ使うたら会社にブラックリスト回されるげな',
    ])
      has(t, 'SNS-DELETE-08');
  });

  test('SNS-DELETE-08: a flat closure with a date or a decision needs no rumour marker', () => {
    for (const t of ['オンライン相談は今月で終わり。もう使えません', 'ハローワーク見本の窓口は廃止決定です'])
      has(t, 'SNS-DELETE-08');
  });

  test('SNS-DELETE-08: questions, debunks and one’s own contract ending are not false information', () => {
    for (const t of [
      'ハロワって来年から有料になるってほんとですか？',
      '閉鎖するってデマが回ってるけど、嘘ですよね',
      '年度末で契約終わりなので次の仕事を探してます',
      '雇用保険の手続き終わりました、ありがとうございました',
      '友達が前の会社をクビになったらしくて、一緒に相談に来ました',
    ])
      clean(t);
  });
});

describe('SNS-DELETE-10', () => {
  test('SNS-DELETE-10: claiming to be staff in dialect, English or Chinese is impersonation', () => {
    for (const t of [
      'ハロワの職員やけど、特別に求人まわしたるから連絡して',
      'ハローワークの職員ですけん、DMで相談受け付けとります',
      'ジョブカフェの中の人やけど、内緒で教えたるわ',
      "I'm from Hello Work, send me your résumé by DM",
      'Hi, I am a staff member at hellowork, contact me for priority jobs',
      '我是ハローワーク的工作人员，请联系我',
      '私はハローワーク見本のスタッフの者で、特別な講座をご案内しております',
    ])
      has(t, 'SNS-DELETE-10');
  });

  test('SNS-DELETE-10: "official" in half-width or katakana with a giveaway is impersonation', () => {
    has('ジョブカフェ見本ｵﾌｨｼｬﾙ プレゼント企画実施中！フォロー＆RTで参加', 'SNS-DELETE-10', 'jobcafe');
  });

  test('SNS-DELETE-10: a handle differing from the official one by a doubled letter is a look-alike', () => {
    for (const handle of ['@hellowork_mihon_exx', '@helloworrk_mihon_ex'])
      expect(rules(run('求人の相談はDMへどうぞ', 'hellowork', 'X: 今週の注目求人の紹介', handle))).toContain(
        'SNS-DELETE-10',
      );
    expect(
      rules(run('求人の相談は窓口へどうぞ', 'hellowork', 'X: 今週の注目求人の紹介', '@hellowork_mihon_ex')),
    ).toEqual([]);
  });

  test('SNS-DELETE-10: describing staff one met, or former staff, is not a claim', () => {
    for (const t of [
      'ハロワの職員さんやけど、すごく親切やったで',
      'ハローワークの職員さんに相談したら良かったです',
      'I went to Hello Work and the staff were kind',
      'ジョブカフェ見本の公式サイトで確認しました',
      '元ハロワの職員やけど、今は民間で働いてます',
      'オフィシャルサイトのプレゼント企画に応募しました',
    ])
      clean(t, 'jobcafe');
  });
});

describe('SNS-DELETE-02', () => {
  test('SNS-DELETE-02: polite, old-fashioned and English insults at staff are insults', () => {
    for (const t of [
      '担当の山田様は、あの程度の知能でよく相談員が務まりますね',
      '窓口の職員は愚鈍で礼儀も知らず、実に情けない',
      'あの講師、無能の極みだな',
      'The staff at the desk are useless morons',
      'あのたわけ者の職員をなんとかしろ',
    ])
      has(t, 'SNS-DELETE-02');
  });

  test('SNS-DELETE-02: insulting oneself, quoting an insult to report it, or 〜たわけでは is not an insult', () => {
    for (const t of [
      'また書類で落ちた…自分ほんと無能だわ笑',
      '私ってほんとポンコツで、面接でいつも噛みます',
      '「あの職員クズ」ってコメントされてたの見て悲しくなりました',
      '殴られたわけではないけど、上司が机を叩くのが怖いです',
      '面接に遅刻したわけが、電車の遅延でして',
    ])
      clean(t);
  });
});

describe('SNS-DELETE-03', () => {
  test('SNS-DELETE-03: a call to vote for someone, in dialect too, is campaigning', () => {
    for (const t of ['町長選は鈴木さんに入れてけろ、頼んます', '市長選は絶対田中さん！若者の味方を選ぼう'])
      has(t, 'SNS-DELETE-03');
  });

  test('SNS-DELETE-03: reporting that one voted is not campaigning', () => {
    for (const t of [
      '期日前投票してきました。選挙の日に面接が入ってたので',
      '投票に行ってきました、投票所の係の人が親切でした',
    ])
      clean(t);
  });
});

describe('SNS-DELETE-04', () => {
  test('SNS-DELETE-04: leaked, pirated or handed-out paid material infringes rights', () => {
    for (const t of [
      'Free download of the full 面接対策ハンドブック PDF (leaked version) here',
      '有名講師の有料noteの中身、全部ここに貼っとくわ',
      '有料講座の動画、無料公開しとく',
      '人気漫画、最新話まで無料で全話読めるとこあるよ',
      '他社の求人票の文章をそのままコピペしてうちの募集に使いました',
      '公務員試験の過去問集、ページ全部うpしといた',
    ])
      has(t, 'SNS-DELETE-04', 'jobcafe');
  });

  test('SNS-DELETE-04: one’s own paid note, a question about answers, or an .exe (11) is not 04', () => {
    for (const t of [
      '自分の有料noteの一部を無料公開します',
      '有料講座に申し込むか迷ってます',
      'SPIの答えがわからない問題があって困ってます',
      'Amazonプライムの見放題で面接のドキュメンタリーを見ました',
    ])
      clean(t, 'jobcafe');
    expect(rules(run('履歴書テンプレ配布中！ resume_tmpl.exe をダウンロードしてね', 'jobcafe'))).toEqual([
      'SNS-DELETE-11',
    ]);
  });
});

describe('SNS-DELETE-05', () => {
  test('SNS-DELETE-05: moving a service to one’s personal account or WeChat is solicitation', () => {
    for (const t of ['ES添削は私の個人アカウントで受け付けてます', '加微信 abc8888 高薪工作'])
      has(t, 'SNS-DELETE-05');
  });
});

describe('SNS-DELETE-14', () => {
  test('SNS-DELETE-14: sports, flowers, pets, games and food with no topic of the account are off-topic', () => {
    for (const t of [
      '昨日の試合、巨人勝ったね！最高',
      '桜が満開ですね🌸 お花見行きたい',
      'うちの猫が今朝こたつから出てこない笑',
      'anyone watching the baseball tonight?',
      '今夜は鍋パーティーするで〜🍲',
      '実家からりんご届いた！甘くて最高',
      '週末キャンプ行ってきた、星がめっちゃきれいやった',
    ])
      has(t, 'SNS-DELETE-14');
  });

  test('SNS-DELETE-14: everyday words next to the account’s topics stay on-topic', () => {
    for (const t of [
      '野球部出身ですが、体力を活かせる仕事はありますか',
      'ペットボトル持参で説明会に参加してもいいですか？',
      'お花見シーズンで面接会場の周り混んでますか？',
      '面接前にカレーライス食べたら緊張がほぐれました',
      'おつかれさまです〜',
    ])
      clean(t);
  });

  test('SNS-DELETE-14: food talk on a food co-op’s account is its business', () => {
    clean('実家からりんご届いた！甘くて最高', 'coop');
  });
});
