import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Vocabulary families for SNS-DELETE-02 to 06 (fourth round: contemptuous labels and veiled abuse
// claims, invitations to a religious group's meetings, serial keys, unauthorised captures and
// characters in one's own work, MLM tea parties and a school's own trial offer, the narrowing of
// 05 on questions, hold-off notices and pirated links, district avoidance, group upkeep, age as a
// burden) and the hard negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-02', () => {
  test('SNS-DELETE-02: contemptuous labels for a person or the people at an event are insults', () => {
    flags('SNS-DELETE-02', [
      'あの講師は口だけの人間だからあてにならない',
      '説明会にくるのは親のすねかじりばっかり',
      '受付の佐藤さん、態度も最悪だし二度と行かない',
      '窓口のパワハラ所長、ほんと笑えるわ',
    ]);
  });
  test('SNS-DELETE-02: a veiled staff member accused of hitting residents is defamation', () => {
    flags('SNS-DELETE-02', ['名前は伏せるけど、あの職員は入居者を叩いてたよ']);
  });
  test('SNS-DELETE-02: self-resolutions, reported remarks and help requests stay allowed', () => {
    allows([
      '口だけの人間にならないよう、行動で示したい',
      'モンスター客への対応に疲れました',
      'パワハラ課長のことで相談したいです',
      '子供を叩いてた頃の自分を反省してます',
    ]);
    notLabelled('SNS-DELETE-02', ['親のすねかじりって言われるのがつらい']);
  });
});

describe('SNS-DELETE-03', () => {
  test("SNS-DELETE-03: invitations to a religious group's meetings are proselytising", () => {
    flags('SNS-DELETE-03', [
      '私たちの教団の修養会にご参加ください。人生が変わります',
      '悩んでいる方は祈りの会にぜひ。魂が救われます',
      '若い人は教団の青年部へ来てください',
    ]);
  });
  test('SNS-DELETE-03: reports of attending and figures of speech stay allowed', () => {
    allows([
      '修養会に参加したけど正直退屈だった',
      '祖母が祈りの会に通っていて、元気そうです',
      '魂を救うような歌声だった',
    ]);
  });
});

describe('SNS-DELETE-04', () => {
  test('SNS-DELETE-04: serial keys handed out, captures taken without asking, characters in own work', () => {
    flags('SNS-DELETE-04', [
      '有料ソフトの製品版、シリアル付きで配布します',
      '友達のブログの写真、スクショしてきたけど本人には言ってない',
      '人気キャラのロゴ使ってステッカー作ってみました',
      'メーカーの商品写真をそのまま使ってフリマで売ってます',
    ]);
  });
  test('SNS-DELETE-04: victims, set-up questions, own work and permission stay allowed', () => {
    allows([
      '無断でスクショされて困ってます',
      'シリアルキーの入力方法がわかりません',
      '自分で描いたイラストをTシャツにして売ってます、1枚2000円',
      '許可をもらってキャラ使ってポスター作ってみました',
      '無断転売はやめてください。通報しました',
    ]);
  });
});

describe('SNS-DELETE-05', () => {
  test("SNS-DELETE-05: someone else's work sold at a price is also a sale", () => {
    flags('SNS-DELETE-05', ['作家さんのイラスト、無断でトートバッグにして売ってます。1個1,800円']);
  });
  test("SNS-DELETE-05: MLM tea parties and a school's own trial offer are solicitation", () => {
    flags('SNS-DELETE-05', [
      '今度お茶会しませんか？権利収入に興味ある方歓迎です',
      'うちの書道教室、無料体験やってます！お気軽にどうぞ',
      '駅徒歩2分のピアノ教室です。生徒募集中',
    ]);
  });
  test('SNS-DELETE-05: questions, hold-off notices, plain meet-ups and reports stay allowed', () => {
    allows([
      'うちの子、ピアノの無料体験レッスンに行ってきた',
      '来月から半額になるので、今は購入を控えてください',
      'アフィリエイトって確定申告いるんですか？',
      'お茶会しませんか？就活の悩みを話しましょう',
      '不労所得の話でお茶会に誘われたけど断った',
    ]);
  });
  test('SNS-DELETE-05: a pirated file behind a profile link is 04, not advertising', () => {
    flags('SNS-DELETE-04', ['問題集のPDF全ページあるよ、リンクはプロフに']);
    notLabelled('SNS-DELETE-05', ['問題集のPDF全ページあるよ、リンクはプロフに']);
  });
});

describe('SNS-DELETE-06', () => {
  test('SNS-DELETE-06: avoiding people of a district, group upkeep, dirt and age as a burden', () => {
    flags('SNS-DELETE-06', [
      'あの地区の人は避けた方がいい、昔からそう決まってる',
      '税金で外国人を養う必要なんてない',
      '移民は国に帰って働けばいい',
      '東南アジア系の実習生がいると工場まで汚く感じる',
      '60歳過ぎたら社会のお荷物でしょ',
      '女って感情でしか動けないから上司には向かない',
    ]);
  });
  test('SNS-DELETE-06: places, family upkeep, pension questions and going home stay allowed', () => {
    allows([
      'あの地区の出身で、今も家族が住んでます',
      'あの地区は駐車場がないから車はやめた方がいい',
      '外国人の妻と子供を養うために働いてます',
      '年金は65歳過ぎたらもらえるんですか？',
      '上司が感情で部下を叱るのはよくないと思う',
      '国に帰って家業を継ぐことにしました',
    ]);
  });
});
