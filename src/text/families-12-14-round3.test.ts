import { describe, expect, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
  ruleIds as rules,
  moderateOn as run,
} from './moderation-test-kit.ts';

// Round 3 vocabulary families for SNS-DELETE-12 and 14, with the hard negatives they must leave
// alone. Sentences written for these tests.

describe('SNS-DELETE-12', () => {
  test('SNS-DELETE-12: swimsuit or underwear photos asked of someone', () => {
    flags('SNS-DELETE-12', [
      '受付のお姉さん、水着姿見せてくれたら通うわ',
      '次のイベントは下着で撮ってくれる人いない？',
    ]);
    allows(['水着の撮影は禁止と書いてありました', '証明写真はスーツで撮ってもらいました']);
  });

  test('SNS-DELETE-12: the colour of a staff member’s underwear, asked by a stranger', () => {
    flags('SNS-DELETE-12', [
      '職員さんってパンツ何色なの？',
      'カウンセラーさんの下着の色教えてよ',
      '担当の方はブラの色何色ですか',
    ]);
    allows(['面接で白いブラウスの時、下着の色は何色がいいですか？', '私の下着の色が透けないか心配です']);
  });

  test('SNS-DELETE-12: prying into sexual experience', () => {
    flags('SNS-DELETE-12', ['相談員さん経験人数何人？', 'お姉さん初体験はいつ？']);
  });

  test('SNS-DELETE-12: being held (抱いて) asked of staff, unless a baby or a feeling', () => {
    flags('SNS-DELETE-12', ['店員さんに抱いてほしいなぁ', '抱いてよ♡ 寂しいの']);
    allows(['職員さんが赤ちゃんを抱いてくれて助かりました', '若者に夢を抱いてほしいという講演でした']);
  });

  test('SNS-DELETE-12: night versions of the account’s activities as innuendo', () => {
    flags('SNS-DELETE-12', [
      '夜の研修に付き合ってくれる女の子募集',
      '夜の特訓用にコンドーム買っとこ',
      '夜の個別指導ぐへへ',
    ]);
    allows(['夜の面接練習会に参加しました。わかりやすかったです', '夜の研修は何時までですか？']);
  });

  test('SNS-DELETE-12: masturbating over someone (で抜いた, オカズにして)', () => {
    flags('SNS-DELETE-12', ['受付の女の子で抜いたわ', 'あの講師のお姉さんをオカズにしてる']);
    allows(['歯医者で親知らず抜いてきました', '途中で力を抜いてくださいと言われました']);
  });

  test('SNS-DELETE-12: fetish acts wished on someone', () => {
    flags('SNS-DELETE-12', [
      '面接官の足舐めたい',
      'あの人のストッキングの匂い嗅ぎたい',
      '受付の子の脇舐めたいわ',
    ]);
    notLabelled('SNS-DELETE-12', ['犬に顔を舐められました', 'ストッキングは肌色がいいですか？']);
  });

  test('SNS-DELETE-12: katakana body slang with a wish to touch', () => {
    flags('SNS-DELETE-12', ['あの子のケツ触らせてほしい', 'デカパイ揉ませてくれ']);
    allows(['イベントに駆けつけました', 'ケツカッチンなので手短に']);
  });

  test('SNS-DELETE-12: 息子 and other veiled words with a wink', () => {
    flags('SNS-DELETE-12', ['俺の息子も面接受けたいって（意味深）', 'マイサンが元気です😏 何がとは言わない']);
    allows(['息子が就活中で、相談に伺いたいです', '息子も説明会に参加しました']);
  });

  test('SNS-DELETE-12: a bulge, an erection', () => {
    flags('SNS-DELETE-12', ['面接官の股間がもっこりしてた', '説明会中ずっと勃ってたわ']);
    allows(['戦争が勃発したニュースを見ました']);
  });

  test('SNS-DELETE-12: adult-industry or sugar-dating work asked for on a job account', () => {
    flags(
      'SNS-DELETE-12',
      ['アダルト女優の仕事紹介してくださいｗ', 'パパ活案件あったら回して', 'パパ活しませんか？月20万'],
      'hellowork',
    );
    allows(['パパ活の勧誘には注意してください'], 'hellowork');
  });

  test('SNS-DELETE-12: undressing as a joke lesson, not coats and shoes', () => {
    flags('SNS-DELETE-12', ['脱ぎ方講座もやってほしいｗ', '脱がせ方のセミナーないの？😏']);
    allows(['和室の面接で靴の脱ぎ方を教わりました笑', 'コートの脱ぎ方のマナーがわかりました']);
  });

  test('SNS-DELETE-12: Chinese hookup words', () => {
    flags('SNS-DELETE-12', ['小姐姐，约一下吧', '今晚开房吗']);
    allows(['请问预约怎么取消？']);
  });

  test('SNS-DELETE-12: the middle-finger emoji and English sexual swearing', () => {
    flags('SNS-DELETE-12', ['このセンター🖕', 'fuck off with your seminars']);
  });

  test('SNS-DELETE-12: a hotel invitation in plain or dialect forms', () => {
    flags('SNS-DELETE-12', ['職員さん、このあとホテル行きません？', '二人でホテル行かへん？']);
    allows(['面接の前日はホテルに泊まります']);
  });

  test('SNS-DELETE-12: an obscene comment is not also off-topic chatter', () => {
    const ids = rules(run('暇だから誰かセックスの話しよ'));
    expect(ids).toContain('SNS-DELETE-12');
    expect(ids).not.toContain('SNS-DELETE-14');
  });
});

describe('SNS-DELETE-14', () => {
  test('SNS-DELETE-14: gadgets, meals, dreams, streams, lotteries and weekday moods', () => {
    flags('SNS-DELETE-14', [
      'アイフォンの色どれにしよう',
      'kinou no yuuhan oishikatta',
      '変な夢見て寝不足',
      'ゲーム実況見てたら夜が明けた',
      '宝くじ買ってこよ',
      '月曜だるいなー',
      '地震怖かったね',
      'ポテトチップスの新味おいしい',
      '今日の運勢最悪だった',
      'オイル交換いつやればいい？',
      'Any nail salon you like around here?',
    ]);
  });

  test('SNS-DELETE-14: politics, celebrity news and dating talk with a call to discuss', () => {
    flags('SNS-DELETE-14', ['首相の発言どう思います？', '合コンで会った人がひどかった']);
  });

  test('SNS-DELETE-14: a food opinion', () => {
    flags('SNS-DELETE-14', ['ドーナツはもちもちが最強', 'ピザはやっぱ耳までうまい']);
  });

  test('SNS-DELETE-14: everyday topics tied back to the job hunt are on-topic small talk', () => {
    allows([
      '趣味の宝くじってガクチカになりますか笑',
      'ゲーム実況が特技です。自己PRに書いていいのかな',
      '月曜だるいけど今日も就活がんばる',
      '地震怖かったね、説明会は予定どおりですか？',
    ]);
    notLabelled('SNS-DELETE-14', ['タイヤ交換のバイトってきついですか？'], 'hellowork');
  });
});
