import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Round 3 vocabulary families for SNS-DELETE-07 and SNS-DELETE-15, with the hard
// negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-07 (round 3)', () => {
  test('SNS-DELETE-07: pushing others to stake everything on legal gambling or gacha', () => {
    flags('SNS-DELETE-07', [
      '内定なんか待つな、貯金全部競艇に突っ込め',
      '給付金はパチスロの軍資金にするのが正しい使い方',
      'ボーナス出たらガチャに全額ぶち込め',
      '借金してでも競輪で一発当てれば人生変わる',
    ]);
  });
  test('SNS-DELETE-07: gambling regret, warnings and hobbies are fine', () => {
    notLabelled('SNS-DELETE-07', [
      'パチンコで給料全部溶かした、もう依存症かもしれない',
      '競馬は趣味で月千円まで。借金してでもやるのは絶対ダメ',
      'ガチャ回したけど爆死した',
    ]);
  });
  test('SNS-DELETE-07: invitations to die together in veiled forms (逝く, 旅立つ)', () => {
    flags('SNS-DELETE-07', ['仕事がつらい人、一緒に逝こう', '誰か一緒に旅立ちませんか']);
  });
  test('SNS-DELETE-07: method hints and procurement tips for dying', () => {
    flags('SNS-DELETE-07', [
      '死にたいなら高いビルの屋上が一番確実だよ',
      '消えたい人は苦しまない方法教えてあげる',
      '練炭なら怪しまれずに買えるとこあるよ',
      '死に方教えますのでDMください',
      '会社休みたいなら風邪薬を大量に飲めばいいよ',
      'バイト休みたい人は市販薬まとめ飲みしちゃえ',
    ]);
  });
  test('SNS-DELETE-07: distress, help and camping talk are not method hints', () => {
    notLabelled('SNS-DELETE-07', [
      '死にたいなら相談窓口に電話して。一人で抱えないで',
      'キャンプ用の練炭ってホームセンターで売ってる？',
      '最近ずっと死にたいと思ってしまう',
    ]);
  });
  test('SNS-DELETE-07: dangerous stunts pushed as fun (荷台, 置き石, レーザー, ボンベ)', () => {
    flags('SNS-DELETE-07', [
      'スケボーで走ってるトラックの荷台につかまるの最高、みんなもやってみて',
      'ベランダから飛び降りる動画撮ろうぜ',
      'スプレー缶をあぶると面白い音するよ、やってみて',
      'バス停の運転席にレーザーポインター当てるのハマってる',
    ]);
  });
  test('SNS-DELETE-07: cruelty to animals as play (投げつけて遊ぶ, 車に閉じ込め)', () => {
    flags('SNS-DELETE-07', ['近所の鳩に石投げて遊ぶのが日課', 'うちの猫、車に閉じ込めて買い物行ってる']);
  });
  test('SNS-DELETE-07: violence advice and veiled first-person threats', () => {
    flags('SNS-DELETE-07', [
      'ムカつく先輩のお茶に下剤入れとけ',
      '退職代行より、店長に怪我させれば早いよ',
      '面接官、明日会場で待ち伏せして刺すわ',
      '誰かあの担当者を一発殴ってきてよ',
    ]);
  });
  test('SNS-DELETE-07: threats in Chinese and English', () => {
    flags('SNS-DELETE-07', [
      '那个经理给我等着，我要弄死他',
      'They rejected me again. Watch the news tomorrow, I will make them all pay.',
    ]);
  });
  test('SNS-DELETE-07: harsh workplace hazing told as tradition', () => {
    flags('SNS-DELETE-07', ['暑くても水飲むのは甘え、新人は倒れるまで走れ']);
  });
  test('SNS-DELETE-07: being hit, reports and ordinary workplace words stay fine', () => {
    allows([
      '上司が殴ってきて怖いです、どうすればいいですか',
      '夏場の配送は水分補給をこまめにしましょう',
      'ハムスターのケージを掃除した',
    ]);
  });
});

describe('SNS-DELETE-15 (round 3)', () => {
  test('SNS-DELETE-15: shock and gore media offered or shared (見る？, 共有しとく)', () => {
    flags('SNS-DELETE-15', [
      '事故現場で内臓出てる写真撮ったけど、見たい人いる？',
      '標本写真集めたからスライドショーにした、共有しとくね',
      '腐敗した遺体の現場、撮った写真あるけど見る？',
      '作り物の生首でドッキリしかけたった',
    ]);
  });
  test('SNS-DELETE-15: warnings and news about shocking footage are fine', () => {
    allows([
      '事故の瞬間の映像がニュースで流れてて気分が悪くなった',
      '血だらけの写真を貼るのはやめてください',
    ]);
  });
  test('SNS-DELETE-15: piling on other commenters', () => {
    flags('SNS-DELETE-15', [
      '下のコメントの人、頭おかしいから相手しなくていいよ',
      'コメ欄の信者ども、いつまで並んでんの？養分乙',
      'in the comments everyone is a loser 🤡',
    ]);
  });
  test('SNS-DELETE-15: replying to a commenter politely is fine', () => {
    allows(['上のコメントの方、情報ありがとうございます', 'コメ欄の皆さんの体験談、参考になりました']);
  });
});
