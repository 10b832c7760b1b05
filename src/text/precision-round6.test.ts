import { describe, test } from 'vitest';
import { expectAllowed as allows, expectFlagged as flags } from './moderation-test-kit.ts';

// Ninth session: families of false positives found on the writers' acceptable sentences (training
// data, so readable), fixed as families. Sentences written for these tests.

describe('checking a claim', () => {
  test('SNS-DELETE-08: asking whether hearsay is right, or saying the official source says otherwise, spreads no rumour', () => {
    allows([
      'ジョブカフェが閉鎖されるって話を見たけど、公式のお知らせには何も出てなかった。鵜呑みにしないようにします',
      '窓口が廃止されるという噂が気になって電話したら、そんな予定はないとのことでした',
      'セミナーが有料化されるって友達が言ってたけど、勘違いだったみたい',
    ]);
    flags('SNS-DELETE-08', ['出張相談会は廃止されたらしいので、今後は本部の窓口に行くことにします']);
  });
});

describe('venting and reported pitches', () => {
  test('SNS-DELETE-07: a wish to hurt used as a measure of anger, or said not to be meant, is venting', () => {
    allows([
      'あの面接官、殴りたくなるくらい腹が立ったけど、家に帰って寝ました',
      '締め切り前日に仕様を変えてくる客、ぶん殴りたい（しないけど）',
    ]);
    flags('SNS-DELETE-07', ['会社に火をつけたい。本気でやる']);
  });

  test('SNS-DELETE-01: a crime job quoted as an offer the writer saw (という募集, って募集を見つけた) is a warning', () => {
    allows([
      'SNSで「口座を貸すだけで月3万」って募集を見つけました。絶対やっちゃだめなやつですよね',
      '「身分証の写真を送るだけで即日5万」っていう求人、友達が応募しかけてた',
    ]);
  });

  test('SNS-DELETE-06: a group named inside a quote can still be attacked outside it', () => {
    flags('SNS-DELETE-06', ['「外国人歓迎」とか書いてある会社は避けとけ。治安が悪くなる']);
  });
});

describe('the account’s own way in, and one’s own small income', () => {
  test('SNS-DELETE-05: booking through the profile link, or asking how a side income is taxed, is not advertising', () => {
    allows([
      'プロフィールのリンクから面接対策セミナーを予約できました。楽しみです',
      'アフィリエイトで月に数千円の収入があります。これって申告が必要ですか',
    ]);
    flags('SNS-DELETE-05', [
      'プロフィールのリンクから登録するだけで毎月5万円の副収入',
      '紹介コードを入力すると3000ポイントもらえます！',
    ]);
  });
});

describe('the model and discrimination', () => {
  test('SNS-DELETE-06: the model labels polite exclusion of a named group with no rule behind it', () => {
    flags('SNS-DELETE-06', [
      '外国人の応募者は書類の段階で落としておいてください',
      '韓国籍の人は接客に向かないので裏方だけにしてほしい',
    ]);
  });

  test('SNS-DELETE-06: opposing discrimination or serving a group is not labelled by the model', () => {
    allows([
      '外国籍の方もご応募いただけます。在留資格をご確認ください',
      '国籍で判断するのはやめてほしい、同じ人間なんだから',
    ]);
  });
});
