import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Round 4 vocabulary families for SNS-DELETE-14 (everyday topics far from the account), with the
// hard negatives they must leave alone, and the narrow fixes for acceptable comments other rules
// took for violations. Sentences written for these tests.

describe('SNS-DELETE-14', () => {
  test('SNS-DELETE-14: small pets, wild animals seen nearby, and trivia', () => {
    flags('SNS-DELETE-14', [
      'ハムスターが頬袋いっぱいにひまわりの種つめてた',
      'うちのインコ、最近口笛の真似するようになった',
      '庭にタヌキが出たって母がびっくりしてた',
      'メダカの卵が孵りました、ちっちゃい',
      '雑学だけど、タコって心臓が三つあるんだって',
      'ブラックホールに吸い込まれたらどうなるの？',
    ]);
    allows([
      'ハムスターが好きなので動物病院の受付の求人を探しています',
      '雑学検定も履歴書の資格欄に書けますか？',
    ]);
  });

  test('SNS-DELETE-14: seasons and weather seen from the window', () => {
    flags('SNS-DELETE-14', [
      '朝起きたら車に霜が降りててびっくり',
      'こっちは雪積もってて一面真っ白だよ',
      '川沿いの桜が散り始めてて、ちょっと寂しい',
    ]);
    allows(['雪で面接に遅れそうなときは連絡すればいいですか？']);
  });

  test('SNS-DELETE-14: balcony gardening and bonsai', () => {
    flags('SNS-DELETE-14', ['ベランダ菜園のきゅうりが伸びすぎてる', '盆栽の剪定って難しいですね']);
    allows(['ミニトマトの注文が届きました'], 'coop');
    allows(['ベランダで受け取れるように置き配をお願いしたいです'], 'coop');
  });

  test('SNS-DELETE-14: cars, gadgets and home network', () => {
    flags('SNS-DELETE-14', [
      'スタッドレスっていつ履き替えてる？',
      '車検の見積もり高すぎて泣いた',
      'ルーター新しくしたら速くなった',
      '電車で音漏れしてる人いて気になった',
    ]);
    allows([
      '通勤の渋滞がつらくて、家から近い職場を探しています',
      '配送のバイトで社用車の車検を手配しました',
    ]);
  });

  test('SNS-DELETE-14: trips, hobbies, looks and luxuries', () => {
    flags('SNS-DELETE-14', [
      '来月ハワイ行くんだけど持ち物何がいる？',
      'ガンプラ作るのにニッパー何使ってる？',
      '将棋の中継ずっと見てた',
      '美容院で髪を切ってもらったら短すぎた',
      'ロレックス欲しいけど高すぎる',
      'ジム通い三か月で体重五キロ減った',
    ]);
    allows(['前髪が長いまま面接に行っても大丈夫ですか？', '筋トレが趣味って自己PRに書いていいですか？']);
  });

  test('SNS-DELETE-14: shows, manga and films asked about', () => {
    flags('SNS-DELETE-14', [
      '今期のドラマで一番好きなのどれ？',
      '鬼滅の新刊買った人いる？',
      '最近観た映画がよかった',
    ]);
    allows(['映画館のアルバイトに応募しました']);
  });

  test('SNS-DELETE-14: asking whether a shop sells a thing is its business', () => {
    allows(['メダカの餌って取り扱ってますか？', '車用の芳香剤はカタログに載ってますか'], 'coop');
  });

  test('SNS-DELETE-14: a recommendation about the account’s own goods is not chatter', () => {
    notLabelled(
      'SNS-DELETE-14',
      ['今週のおすすめ、量が多すぎて食べきれません', 'このおすすめ、家族に好評でした'],
      'coop',
    );
  });

  test('SNS-DELETE-14: worries about working are not chatter', () => {
    notLabelled(
      'SNS-DELETE-14',
      ['働くのがしんどい、誰か助けて', '辞めたいけど次が決まらない、誰か相談乗って'],
      'desk',
    );
  });

  test('SNS-DELETE-14: free reading of paid manga is infringement talk, not chatter', () => {
    notLabelled('SNS-DELETE-14', ['这里可以免费看漫画', '海賊版サイトで漫画読んでる人いる？']);
  });
});

describe('precision of other rules', () => {
  test('SNS-DELETE-02: sorting rubbish (何ゴミ, 燃えないゴミ) is no insult', () => {
    notLabelled(
      'SNS-DELETE-02',
      ['使い終わった電池って何ゴミに出せばいいですか', '燃えないゴミは月に二回だけです'],
      'coop',
    );
    flags('SNS-DELETE-02', ['担当者ゴミすぎ'], 'coop');
  });

  test('SNS-DELETE-03: the edge of the universe is a question, not spiritual recruitment', () => {
    notLabelled(
      'SNS-DELETE-03',
      ['宇宙の果てには何があるんだろう', '宇宙の始まりって誰も知らないよね'],
      'desk',
    );
    flags('SNS-DELETE-03', ['宇宙の波動とつながるセミナーに来てください'], 'desk');
  });
});
