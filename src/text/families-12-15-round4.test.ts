import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Round 4 vocabulary families for SNS-DELETE-12 and 15 (comments written without the obvious
// words), with the hard negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-12', () => {
  test('SNS-DELETE-12: lewd wishes and propositions aimed at staff', () => {
    flags('SNS-DELETE-12', [
      '受付の人、裸エプロンで出迎えてくれたら毎日通うのに',
      '内定ほしけりゃ面接官の前で股開けばいいんだよ',
      '料理なら俺がベッドの上で教えてあげるよ',
      '受付の子、俺の愛人候補にどう？',
      'ワシはまだまだあっちの方は現役やで、女の職員さん紹介して',
      '書類選考、写真でもっと脱いだほうが受かるんじゃね？',
      'オンライン面談なら下は何も履かずに受けられるな',
      '新人の女子大生、合法的に眺められるから説明会最高',
    ]);
    allows([
      '面接の時は上着は脱いだほうがいいですか？',
      '床の拭き掃除は四つん這いでやると腰を痛めやすいので注意',
    ]);
  });

  test('SNS-DELETE-12: masturbation and adult media without the explicit word', () => {
    flags('SNS-DELETE-12', [
      '試験の前日は一人で抜いとくとよく眠れるぞ',
      '副業で大人の配信してるけど、どこまで見せたらいいか教えて',
      'AV見ながら履歴書書いてるわ',
      'こっちのライブチャットで話そ♡ 18歳以上限定だよ',
    ]);
  });

  test('SNS-DELETE-12: 夜のおかず with a phallic food or a woman, not tonight’s dinner', () => {
    flags('SNS-DELETE-12', [
      'このきゅうり立派すぎて夜のおかずにしか見えない',
      '受付のお姉さん夜のおかずにしたい',
    ]);
    allows(['夜のおかずに何作ろうかな']);
    // Tonight's dinner is not obscene; on a post about jobs it is chatter (14), which is not this rule's business.
    notLabelled('SNS-DELETE-12', ['今夜のおかずは肉じゃがにしよう']);
  });

  test('SNS-DELETE-12: veiled body and condom jokes (俺のより, 0.01mmのアレ, 咥えて)', () => {
    flags('SNS-DELETE-12', [
      'このソーセージ、俺のより小さいな笑',
      '店員さんの口元アップにしたらアレ咥えてるみたい',
      '合宿に必要なのは0.01mmのアレだよな',
    ]);
    allows(['部品の誤差は0.01mm以内にしてください']);
  });

  test('SNS-DELETE-12: leering at clothes, poses and see-through shirts', () => {
    flags('SNS-DELETE-12', [
      'レジの制服、ピチピチのにしてくれたら通うわ',
      '待合室の女、スカート短すぎて誘ってるとしか思えない',
      '配達のお兄さん、雨でシャツ透けてて眼福でした🥵',
      '説明会の司会のお姉さん、四つん這いになってるとこ見たい',
      '面接官のお姉さんのしゃがんだ後ろ姿がいちばんの収穫',
      '料理教室の若いママさん達のエプロン姿見に行こうかな😏',
    ]);
    allows(['制服がピチピチで動きにくいです', '雨でシャツが透けてしまうので替えを持っていきます']);
  });

  test('SNS-DELETE-12: photos of staff picked by looks, fetish wishes, alone together', () => {
    flags('SNS-DELETE-12', [
      '窓口の人の顔写真送ってよ。可愛かったら通うからさ',
      '講師のお姉さんに叱ってほしい、ムチとかで。ゾクゾクする',
      '面接練習は個室で二人きりがいいな♡ 可愛い子希望',
      'hot recruiter at the fair lol 😏',
      'ママ活の方が楽に稼げるよ、年齢なんて誤魔化せばいい',
    ]);
    allows(['証明写真の顔写真送ってください、と言われました']);
  });
});

describe('SNS-DELETE-15', () => {
  test('SNS-DELETE-15: links to harmful guides, rankings, address lists and spying tools', () => {
    flags('SNS-DELETE-15', [
      '辛いなら楽になれる方法をまとめたサイトがあるから検索してみて',
      '就活生の顔面偏差値ランキング作ってるブログあるよ→リンク',
      'あの会社の役員の自宅住所一覧、ここにまとめといた',
      'このサイトで他人のLINEのトーク覗けるから使ってみて',
      'ブログの裏事情暴露系まとめ、覚悟して読んで（リンク）',
      'このURL踏むとアカウント引っ越しが一瞬でできるよ line-move.example.net',
      '地震の日付を当てた予言者のチャンネル見て youtu.be/abc',
      '闇バイトの中身をスクショで全部見せます',
    ]);
    allows([
      '腰痛が楽になる方法をまとめたサイトを見つけました',
      '内定者の顔面偏差値ってどのくらい？',
      '自宅住所は履歴書のどこに書けばいいですか',
    ]);
  });

  test('SNS-DELETE-15: lures that harvest contacts, shock images passed on', () => {
    flags('SNS-DELETE-15', [
      'QR読み込むだけで登録できて、連絡先も自動で同期されるよ',
      '見た人の3割が吐いたらしい画像、みんなに送ってあげて',
    ]);
  });

  test('SNS-DELETE-15: pranks and injuries for a video, cheating guides', () => {
    flags('SNS-DELETE-15', [
      '窓口の人にこの一言言うと泣かせられるって動画、みんなで試してみよう',
      '子どもが包丁使うとこ、ケガしたら面白いから撮っとこ',
      '仮病マニュアル配ってるよ、欲しい人はコメントして',
    ]);
    notLabelled('SNS-DELETE-15', ['この映画は泣かせられるって評判です']);
    allows(['うつのふりって思われたらどうしようと不安です']);
  });

  test('SNS-DELETE-15: telling readers they will never be hired, wishing a ruin', () => {
    flags('SNS-DELETE-15', ['お前らみたいなのはどこにも受からんよ、諦めろ', 'こんな給料なら潰れちまえ']);
    allows(['私なんてどこにも受からないのかな']);
  });
});
