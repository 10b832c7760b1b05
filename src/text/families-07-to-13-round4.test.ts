import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Round 4 vocabulary families for SNS-DELETE-07, 08, 09, 10, 11 and 13, with the hard
// negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-07', () => {
  test('SNS-DELETE-07: drink-driving and traffic violations told as fine or fun', () => {
    flags('SNS-DELETE-07', [
      '居酒屋で飲んで運転して帰るけど一度も捕まらないし余裕',
      '配達が遅れそうなら信号無視してでも間に合わせろ',
      '歩行者なんか避けてくれるから気にせず突っ込め',
    ]);
  });
  test('SNS-DELETE-07: warnings and reports about driving are not incitement', () => {
    allows(['飲酒運転は絶対ダメ。大丈夫だと思っても捕まるよ', '信号無視の車にひかれそうになりました']);
    // On a post about jobs this one is chatter, which the model may call off-topic (14): not incitement.
    notLabelled('SNS-DELETE-07', ['昨日飲んで車で帰る人を見かけて怖かった']);
  });
  test('SNS-DELETE-07: wishing someone a beating, or asking others to give one', () => {
    flags('SNS-DELETE-07', [
      'あの受付の人、一発殴られた方が目が覚めるんじゃない',
      '態度の悪い講師は誰かぶん殴ってくれないかな',
    ]);
    allows(['殴られたような衝撃を受けた説明会でした']);
  });
  test('SNS-DELETE-07: advice to falsify a résumé, victim-blaming of bullying, harassment as normal', () => {
    flags('SNS-DELETE-07', [
      '履歴書なんて盛ってなんぼ、持ってない資格も書いたもん勝ち',
      '経歴は盛ってナンボ、バレたら辞めればいい',
      'いじめられる側が悪いんだから気にする必要ない',
      'セクハラくらい我慢できないなら就職なんて無理',
      'パワハラも指導のうちだから文句言うな',
    ]);
  });
  test('SNS-DELETE-07: reporting or rejecting such views is acceptable', () => {
    allows([
      'いじめられる方が悪いなんてことはないです',
      '上司にセクハラくらい笑って流せと言われました',
      'パワハラも指導のうちなんて考えは間違い',
    ]);
    notLabelled('SNS-DELETE-07', ['「パワハラも指導のうち」と部長が言っていて驚いた']);
  });
  test('SNS-DELETE-07: butchering a stray animal for fun, not cooking fish', () => {
    flags('SNS-DELETE-07', ['近所の野良猫捕まえて捌いてみようぜ']);
    allows(['魚を捌いてみる料理教室、楽しかったです']);
  });
});

describe('SNS-DELETE-08', () => {
  test('SNS-DELETE-08: contamination, swapped numbers, venue changes and fraud told as hearsay', () => {
    flags('SNS-DELETE-08', [
      'この水、去年リコールされたやつと同じ工場だって。みんな知らないけど',
      'このパン、異物混入で回収されたのと同じ工場で作ってるらしい',
      'この求人、本当は月給18万で残業代も出ない。求人詐欺だよ',
      '来週の説明会、会場が変わったって職員が言ってた',
      'この掲示板の相談ダイヤル、実は偽の番号に差し替えられてるって話',
    ]);
  });
  test('SNS-DELETE-08: a question about a change, or an opinion verdict, is not a rumour', () => {
    allows(['説明会の会場が変更になったって本当ですか？']);
    notLabelled('SNS-DELETE-08', ['この会社ブラック確定。残業ばっかりで社長しか得しない']);
  });
  test('SNS-DELETE-13: admitting one made an edited image is 13, not also 08', () => {
    flags('SNS-DELETE-13', ['チラシの日付を直した画像作りました。こっちが最新版です']);
    notLabelled('SNS-DELETE-08', ['チラシの日付を直した画像作りました。こっちが最新版です']);
  });
});

describe('SNS-DELETE-09', () => {
  test("SNS-DELETE-09: someone's commute and home, address, phone, income or child's class", () => {
    flags('SNS-DELETE-09', [
      '受付の佐々木さん、毎朝8時15分の電車で来てる。家も分かったし',
      '隣の部署の吉田、住所はここ→〇〇町3丁目',
      '同僚の小林健太、電話番号は090-xxxx-0000だから文句はこっちに',
      '友達の〇〇（〇〇町在住の保育士）、去年の年収は400万くらい',
      'ピアノ教室で一緒の〇〇小2年3組の佐藤ひなちゃん、お家どこか知ってる人いる？',
      '協力企業の社長の自宅住所一覧、まとめました',
    ]);
  });
  test("SNS-DELETE-09: one's own child is not exposure", () => {
    allows(['うちの娘の佐藤ひな、2年3組になりました']);
  });
});

describe('SNS-DELETE-10', () => {
  test('SNS-DELETE-10: posing as a featured person, another commenter, an officer or the lecturer', () => {
    flags('SNS-DELETE-10', [
      'この記事に出てる本人です。実はここの支援は全然役に立たなかった（※本人ではない）',
      'さっき「転職3回目です」と書いた者です。やっぱり辞退します（←本人じゃないです）',
      '理事の〇〇です。来月の注文は全品キャンセル扱いになるので控えてください',
      'セミナーの講師です。個別指導は私のLINEで受け付けます',
      '予約がうまくできない方は【ジョブカフェ見本 職員より】こちらのLINEに求職番号とお名前を送ってください',
    ]);
  });
  test('SNS-DELETE-10: following up one’s own comment, or thanking the lecturer, is fine', () => {
    allows([
      'さっき「転職3回目です」と書いた者です。追記ですが面接は来週です',
      '講師の方、わかりやすかったです',
    ]);
  });
});

describe('SNS-DELETE-11', () => {
  test('SNS-DELETE-11: self-installing apps, plugins to allow, macros to enable, hidden background work', () => {
    flags('SNS-DELETE-11', [
      'お知らせのチラシ、このQRを読み取るとアプリがダウンロードされます。早い者勝ち！',
      'このフォームは開くとプラグインのインストールを求められるので、許可を押して進んでね',
      '家計簿ツール配布中。起動すると少しPCが重くなるけど裏で計算してるだけなので気にしないで',
      '一覧はこのファイルに入れてあるよ。JavaScriptを許可して開いてね',
    ]);
  });
  test('SNS-DELETE-11: a victim report of an unwanted download is not a lure', () => {
    allows(['勝手にアプリがダウンロードされました、気をつけて']);
  });
});

describe('SNS-DELETE-13', () => {
  test('SNS-DELETE-13: a notice headed as revised (【改定】, 更新版) restating official details', () => {
    flags('SNS-DELETE-13', [
      '【改定】相談会は参加費1,000円に変更になりました。若者キャリア相談窓口',
      '【面接会のご案内 更新版】参加は予約不要、当日受付のみです。（ハローワーク見本）',
    ]);
  });
});
