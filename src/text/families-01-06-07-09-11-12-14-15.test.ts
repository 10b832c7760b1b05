import { describe, expect, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
  ruleIds as rules,
  moderateOn as run,
} from './moderation-test-kit.ts';

// Vocabulary families for SNS-DELETE-01, 06, 07, 09, 11, 12, 14, 15 and the hard
// negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-07', () => {
  test('SNS-DELETE-07: a wish to hurt someone (〜たい, 〜てやりたい, 〜るぞ) is a threat', () => {
    flags('SNS-DELETE-07', [
      '面接官を殴りたい',
      'あの窓口の人、刺してやりたいわ',
      '職員全員ころしたい',
      'センター燃やしたい',
      'ぶっ飛ばしてやるからな',
      'あいつ刺す',
    ]);
  });
  test('SNS-DELETE-07: a weapon with an intent to bring or use it is a threat', () => {
    flags('SNS-DELETE-07', [
      '明日ナイフ持って窓口行くわ',
      '包丁持って行くから待ってろ',
      'バットで殴ってやりたい',
    ]);
  });
  test('SNS-DELETE-07: sabotage of vehicles and property, arson and obstruction are threats', () => {
    flags('SNS-DELETE-07', [
      '配送トラックのタイヤに釘まいとくわ',
      '講師の車に傷つけといた',
      'ハロワに火をつけてやる',
      '窓口に毎日電話して仕事止めてやる',
    ]);
  });
  test('SNS-DELETE-07: reporting a threat, hyperbole and idioms are not threats', () => {
    allows([
      '職場で「死ね」と上司に言われるのが毎日でつらいです',
      '殺す気かってくらいの量の書類',
      '仕事が忙しくて殺されそう',
      '息を殺して待った面接の結果',
      '自分を殺して働くのはもうやめたい',
      '応募したところすぐに返事がきました',
      '説明会に行ったところすごく丁寧でした',
      '燃やすゴミの日に出してください',
      '就活に闘志を燃やしています',
      '上司に釘を刺されました',
      '包丁を使う調理補助のバイトに応募しました',
      'ナイフの扱いに慣れている方歓迎（調理スタッフ）',
      '職員の対応が遅かった。1時間待って5分で終わったのはさすがにどうかと思う',
      '車に傷がついていたので保険会社に連絡しました',
    ]);
    // On a post about jobs this one is chatter, which the model may call off-topic (14): not a threat.
    notLabelled('SNS-DELETE-07', ['昨日蚊に刺されてかゆい']);
  });
});

describe('SNS-DELETE-12', () => {
  test('SNS-DELETE-12: katakana ヤ with a hiragana tail (ヤりたい, ヤれる) is sexual', () => {
    flags('SNS-DELETE-12', [
      '料理教室の先生とヤりたい',
      'あの受付の子とヤれたら最高',
      '相談員さんとヤらせてほしい',
    ]);
  });
  test('SNS-DELETE-12: sexual invitations and questions about underwear', () => {
    flags('SNS-DELETE-12', [
      'セミナー終わったらホテル行こうよ',
      '講師の人、今度うちに泊まりに来ない？',
      '今日の下着何色？教えて',
      'パンツ何色か教えてよ',
      'ラブホ行こ',
    ]);
  });
  test('SNS-DELETE-12: nudity and sex acts in any script, and English', () => {
    flags('SNS-DELETE-12', [
      '撮影会って水着もあり？ヌードなら行く',
      'ぬーど撮影会やります',
      'ふぇらしてくれる子いない？',
      'おなにーしてる？',
      '全部脱いでよ、見せて',
      '裸の自撮り送って',
      'send me naked pics',
      'wanna fuck after the seminar?',
    ]);
  });
  test('SNS-DELETE-12: ordinary words near the sexual vocabulary stay acceptable', () => {
    allows([
      'タイヤ交換の仕事をやりたい',
      'ヤフーの求人で見たけど、この仕事やりたい',
      'ヤマト運輸の仕分けバイトやりたいです',
      'イヤだけどこの仕事やりたい',
      '面接の服装で、下着の色は透けないベージュが無難ですか',
      'パンツスーツで面接に行ってもいいですか',
      '出張のときはホテルに泊まります',
      'ホテル行こうか迷ってる、遠方の面接だから前泊したい',
      '友達が泊まりに来ます',
      'ヌードデッサン教室の講師の求人',
      '裸一貫で起業しました',
      'フェラーリの販売店で働きたい',
      '田中くんに伝えてください',
      '資料に図を挿入してください',
      '料理教室で砂糖は何カップ入れますか',
      'CSVファイルをインポートしてください',
      'やる気まんまんで面接に行きます',
      '雨の中、立ちんぼで1時間待たされた',
      'ちょっと休憩していこう',
    ]);
  });
});

describe('SNS-DELETE-15', () => {
  test('SNS-DELETE-15: threats of a new channel against blocking or deleting', () => {
    flags('SNS-DELETE-15', [
      'ブロックしたらお前の職場に電話するから',
      '削除したら本部に電話しまくる',
      '非表示にしたら市役所にクレーム入れまくるからな',
    ]);
  });
  test('SNS-DELETE-15: mass-report and brigading calls', () => {
    flags('SNS-DELETE-15', [
      'このアカウント、みんなで一斉に通報して凍結させよう',
      '全員で低評価と通報入れて潰そう',
      'この講師のアカウント、凍結させようぜ',
    ]);
  });
  test('SNS-DELETE-15: a suicide-method page is a harmful link, not a self-harm push (07)', () => {
    const v = run('楽に死ねる方法まとめたサイトあるよ');
    expect(rules(v)).toContain('SNS-DELETE-15');
    expect(rules(v)).not.toContain('SNS-DELETE-07');
  });
  test('SNS-DELETE-15: fixation needs a person; the office, reports and questions stay acceptable', () => {
    flags('SNS-DELETE-15', ['あの相談員の最寄り駅どこ？毎日見に行くわ']);
    allows([
      'ジョブカフェの最寄り駅はどこですか',
      '説明会の最寄り駅はどこですか',
      '面接で「うちは外国人は採らない」って言われました。これって差別ですよね',
      'ブロックしたら相手に通知されますか',
      '本部に電話したら丁寧に教えてくれました',
      'スパムアカウントは通報してブロックしました',
      'みんなで通報の仕方を勉強しました',
      'アカウントが凍結されたので解除の方法を教えてください',
    ]);
  });
});

describe('SNS-DELETE-06', () => {
  test('SNS-DELETE-06: a group plus a hostile generalisation about welfare or benefits', () => {
    flags('SNS-DELETE-06', [
      '在日はみんな生活保護もらってるくせに',
      '外国人ってどうせ生活保護目当てでしょ',
      '障害者はみんな税金で食ってる',
      'シングルマザーって手当で楽してるくせに',
    ]);
  });
  test('SNS-DELETE-06: groups in romaji and with Cyrillic look-alikes', () => {
    flags('SNS-DELETE-06', ['gаijin は雇うな、日本から出てけ', 'foreigners go home']);
  });
  test('SNS-DELETE-06: help-seeking and reported remarks about welfare stay acceptable', () => {
    allows([
      '生活保護を受けていますが、働けるようになりたいです',
      '外国人の方でも手当はもらえますか',
      'シングルマザーですが、児童手当と両立できる仕事を探しています',
      '生活保護のくせに、って言われて傷つきました',
      'ちびっこ広場でイベントがあります',
      '在日外国人の就職相談はできますか',
    ]);
  });
});

describe('SNS-DELETE-01', () => {
  test("SNS-DELETE-01: contracts in another person's name are illegal, not impersonation (10)", () => {
    for (const text of [
      '他人名義でスマホ契約してくれたら1台2万払うよ',
      'あなたの名義で携帯を契約するだけの簡単なバイト',
    ]) {
      const got = rules(run(text));
      expect(got, text).toContain('SNS-DELETE-01');
      expect(got, text).not.toContain('SNS-DELETE-10');
    }
  });
  test('SNS-DELETE-01: crime-job words spelled out in romaji with a recruiting call', () => {
    flags('SNS-DELETE-01', ['t.a.t.a.k.i 要員ぼしゅー、報酬は山分け']);
  });
  test('SNS-DELETE-01: questions and warnings about 名義 stay acceptable', () => {
    allows([
      '名義変更の手続きはどこでできますか',
      '口座の名義は本人でないとダメですか',
      '他人名義の口座は使えないと聞きました',
      '他人名義でスマホ契約する闇バイトに注意してください',
    ]);
  });
});

describe('SNS-DELETE-11', () => {
  test('SNS-DELETE-11: an archive handed out by a stranger', () => {
    flags('SNS-DELETE-11', [
      '未公開求人リストです。jobs2026.zip を開いてください',
      '求人一覧はこちら → list_2026.rar',
    ]);
  });
  test("SNS-DELETE-11: the user's own archives sent to the desk stay acceptable", () => {
    allows([
      '履歴書をzipで送ってもいいですか',
      '企業から届いた資料がzipで開けません',
      'ポートフォリオはzipで提出しました',
    ]);
  });
});

describe('SNS-DELETE-09', () => {
  test("SNS-DELETE-09: a person's routine, and a full name with private facts", () => {
    flags('SNS-DELETE-09', [
      '講師の高橋さん、毎週金曜は遅番で21時に駅の改札から帰ってるよ',
      '面接で一緒だった鈴木翔太って人、〇〇大学の3年で無職の兄がいるらしい',
    ]);
  });
  test('SNS-DELETE-09: self-introductions, public figures and thanks stay acceptable', () => {
    allows([
      '鈴木健太と申します。〇〇大学の4年です。説明会に参加したいです',
      '山田太郎さんの講演、大学の授業で聞いたことがあります',
      '担当の伊藤さん、毎週水曜の相談でいつも丁寧に対応してくれて感謝してます',
      '毎朝9時にハロワの駅の北口から通ってます、バスが便利',
    ]);
  });
});

describe('handles (SNS-DELETE-05, 10)', () => {
  test('SNS-DELETE-05: "line" inside a file name or URL is not a LINE ID', () => {
    notLabelled('SNS-DELETE-05', [
      'LINE_mod.apk 入れたら既読つけずに読めるよ',
      '無料で使える → linetool.exe ダウンロードして',
    ]);
    flags('SNS-DELETE-05', ['ライン ID: kyujin_bb まで連絡ください']);
  });
  test('SNS-DELETE-10: an official token that folds (coop → cop) still marks a look-alike handle', () => {
    expect(rules(run('@mihon_coop_help からお知らせ', 'coop'))).toContain('SNS-DELETE-10');
  });
});
