import { describe, expect, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  moderateFully,
  expectNotLabelled as notLabelled,
  ruleIds,
  ruleIds as rules,
  moderateOn as run,
} from './moderation-test-kit.ts';

// Vocabulary families for SNS-DELETE-07 (incitement against public order and morals) and
// SNS-DELETE-15 (other inappropriate content and links to it), with the hard negatives they must
// leave alone. Sentences written for these tests.

describe('SNS-DELETE-07 suicide and self-harm', () => {
  test('SNS-DELETE-07: invitations to die together (group suicide, 練炭, 心中), also in romaji', () => {
    flags('SNS-DELETE-07', [
      '書類で落ちまくってる人、樹海で一緒に死のうぜ',
      'ワイも無職やし、集団自殺のメンバー募集しとるで',
      '内定ゼロ同士、練炭でもしようや',
      '同じ境遇の人、一緒に心中しませんか',
      'Naitei nai nara issho ni shinou, mou genkai dayo',
      'no job no hope, lets die together',
    ]);
  });
  test('SNS-DELETE-07: self-harm told to someone as advice or an order', () => {
    flags('SNS-DELETE-07', [
      'そんなに辛いなら手首でも切れば？',
      '無能は練炭でも焚いとけ',
      '就職できない奴は電車に飛び込めばいい',
      'お前みたいなやつは自殺でもすれば世の中のため',
      '内定ないやつは首でも吊っとけ',
      '不採用にした会社の前で自殺してやれば向こうも反省するよ',
      'ニートはリスカでもしとけ',
      'kys lol',
    ]);
  });
  test('SNS-DELETE-07: the writer’s own distress is care, not incitement', () => {
    for (const text of [
      'もう死にたい。練炭でも買おうかな',
      'リスカしちゃった、つらい',
      '死にたい。飛び降りればいいのかな',
    ]) {
      const verdict = run(text);
      expect(rules(verdict), text).not.toContain('SNS-DELETE-07');
      expect(verdict.care, text).toBe(true);
    }
  });
  test('SNS-DELETE-07: prevention, news, help-seeking and ordinary uses are not incitement', () => {
    allows([
      '自殺防止のボランティアを一緒にやりませんか',
      '死にたいと思ったら、一人で抱えずにいのちの電話に相談しよう',
      '友達が自殺したいと言っていて心配です、どうすればいいですか',
      '首吊り自殺のニュースを見て悲しくなった',
      '練炭のこたつ、昔は田舎でよく使ってたね',
      '心中お察しします。大変でしたね',
      '電車に飛び込めば間に合うと思ったけど危ないのでやめた',
      '処方された薬全部飲めた',
      '自殺したら家族が悲しむから踏みとどまった',
    ]);
    // A trip is no incitement; on a post about jobs it is chatter (14), which is not this rule's business.
    notLabelled('SNS-DELETE-07', ['樹海の近くの観光地に一緒に行こう']);
  });
});

describe('SNS-DELETE-07 cruelty, minors, bullying, crimes, disasters', () => {
  test('SNS-DELETE-07: cruelty to animals told as advice or shown off', () => {
    flags('SNS-DELETE-07', [
      '子猫を袋に詰めて川に投げ捨てるのが一番手っ取り早い',
      '庭に来る野良猫には熱湯ぶっかけてやるといいよ',
      '近所の野良犬に毒団子食わせたった',
      'ハトをエアガンで撃って遊ぶの楽しい',
    ]);
  });
  test('SNS-DELETE-07: animal cruelty reported, condemned or in the kitchen is not incitement', () => {
    notLabelled('SNS-DELETE-07', [
      '野良猫に毒餌をまいた人が逮捕されたニュース',
      '猫が虐待されていたので保護しました',
      '鶏肉は熱湯をかけて下処理すると臭みが取れますよ',
      'ペットボトルは踏み潰してから資源ごみに出してください',
      '猫カフェで猫と遊んでる動画、癒やされる',
    ]);
  });
  test('SNS-DELETE-07: getting minors to drink or smoke, forcing someone to binge-drink', () => {
    flags('SNS-DELETE-07', [
      '甥っ子の中学生に毎回ビール飲ませてる、将来有望ｗ',
      '未成年の後輩にタバコ吸わせてやった',
      '高校生の従弟に酒の味を教えてやるのが親戚の役目',
      '新人歓迎会では潰れるまで飲ませるのがうちの伝統',
    ]);
  });
  test('SNS-DELETE-07: warnings about minors and alcohol, adults drinking, are not incitement', () => {
    allows([
      '子どもにお酒を飲ませないでください',
      '未成年の喫煙は法律で禁止されています',
      '娘が成人したので一緒にお酒を飲みに行きました',
      '中学の同窓会で先生にお酒を飲ませてもらった',
    ]);
  });
  test('SNS-DELETE-07: advice to bully, isolate or drive out a colleague', () => {
    flags('SNS-DELETE-07', [
      '気に入らない後輩はみんなでシカトして辞めさせようぜ',
      '嫌いな上司は悪い噂流して辞めさせるのが一番',
      '使えない新人は孤立させれば勝手に辞めるよ',
      '派遣の人をいびり出すのがうちの課の伝統',
    ]);
  });
  test('SNS-DELETE-07: being bullied, or condemning it, is not incitement', () => {
    allows([
      '同僚がみんなでいじめてきて辞めたいです',
      '上司が私をいじめて辞めさせようとしてきます',
      'いじめて辞めさせる会社って最低',
      '職場でいじめられて辞めました',
      '変な勧誘メールはシカトしとけばいいよ',
    ]);
  });
  test('SNS-DELETE-07: praising crimes and their doers', () => {
    flags('SNS-DELETE-07', [
      'オレオレ詐欺の受け子で稼いだ先輩、マジで憧れるわ',
      'あの通り魔は英雄、よくやった',
      '銀行強盗の実行役は度胸あって尊敬する、若いのも見習え',
    ]);
  });
  test('SNS-DELETE-07: crimes caught, warned about or in fiction are not praise', () => {
    notLabelled('SNS-DELETE-07', [
      '強盗の犯人が捕まってよかった、警察ありがとう',
      '詐欺の手口がすごすぎて怖い、みんな気をつけて',
      'ドラマの犯人役の俳優がかっこいい',
    ]);
  });
  test('SNS-DELETE-07: wishing disasters or harm on victims and people', () => {
    flags('SNS-DELETE-07', [
      '被災地の連中、自業自得だろ、ざまあみろ',
      'また津波来て全部流されればいいのに',
      '生活保護の人たちは一度痛い目にあえばいい',
      'あいつら地獄に落ちろ',
    ]);
  });
  test('SNS-DELETE-07: disaster preparedness and defending victims are not harm-wishes', () => {
    allows([
      '地震が起これば停電するので備えておきましょう',
      '地震がもう一度来ても大丈夫なように備蓄しています',
      '被害者を自業自得と責めるのはおかしい',
      '台風来てほしい、学校休みになるし',
      'ゴキブリ全滅しろ',
    ]);
  });
  test('SNS-DELETE-07: violence or threats against children as discipline, blades as threats', () => {
    flags('SNS-DELETE-07', [
      '泣き止まない赤ちゃんは閉じ込めとけばいいんだよ',
      'うちのガキは殴って黙らせてる、しつけはこれが一番',
      '包丁を突きつけて言うこと聞かせればいい',
      'うるさい子どもは叩けば静かになる',
    ]);
  });
  test('SNS-DELETE-07: caring for children is not abuse advice', () => {
    allows([
      '赤ちゃんの背中を軽く叩けばゲップが出ますよ',
      '子どもを叩くのはよくないと思います',
      'ナイフの研ぎ方講座に参加しました',
    ]);
    notLabelled('SNS-DELETE-07', ['子どもがボールを蹴ればゴール、楽しい試合でした']);
  });
  test('SNS-DELETE-07: filming people to mock them, pushing someone to sell sex', () => {
    flags('SNS-DELETE-07', [
      'お年寄りの転ぶところを隠し撮りして笑いものにしようぜ',
      '学費ないなら体で稼げばいいじゃん',
      '女子大生ならパパ活しなよ、すぐ稼げる',
    ]);
    allows([
      '体を売れと言われて怖かったです',
      'いじめを笑いものにするような番組はよくない',
      'フィギュアが3体売れました',
    ]);
  });
  test('SNS-DELETE-07: dangerous challenges and prank videos pushed on others', () => {
    flags('SNS-DELETE-07', [
      '失神ゲームやってみようぜ、めっちゃ面白いよ',
      'バイト先の冷蔵庫に入ってみた動画、みんなもやって',
      '線路で自撮り、最高にエモいからやってみて',
    ]);
    notLabelled('SNS-DELETE-07', [
      '気絶ゲームが子どもの間で流行ってて心配です',
      '冷蔵庫に入ってる野菜で料理しよう、おすすめレシピです',
      'バイトテロ対策の研修、おすすめです',
    ]);
  });
});

describe('SNS-DELETE-15', () => {
  test('SNS-DELETE-15: gore and shock content shared or linked (remains, severed limbs, raw accident footage)', () => {
    flags('SNS-DELETE-15', [
      '死体の写真まとめたから見たい人はここ→ example.net/x',
      'グロ動画大量に集めたから見て',
      '無修正の事故映像あるよ、興味ある人はDMで',
      'Guro gazou matome, koko kara mirareru yo: example.org/g',
      '野良犬の死骸の画像集めてるから見て',
      '工場で腕を切断した動画、見たいやつは貼っとく',
    ]);
  });
  test('SNS-DELETE-15: uncensored gore is 15, not obscene (12)', () => {
    const labels = rules(run('轢死体の動画、モザイクなしで見れるよ'));
    expect(labels).toContain('SNS-DELETE-15');
    expect(labels).not.toContain('SNS-DELETE-12');
  });
  test('SNS-DELETE-15: funeral work, safety training, tuna and idioms are not gore', () => {
    allows([
      '事故の瞬間のドラレコ動画を安全運転講習で見ました',
      '葬儀の仕事でご遺体を扱う求人サイトを見つけました',
      '納棺師の仕事に興味があります、遺体に触れる仕事です',
      'マグロの解体ショー動画こちら',
      'はらわたが煮えくり返るほど悔しい面接だった',
      'Zoomの回線が切断された動画を見せたい',
    ]);
  });
  test('SNS-DELETE-15: flooding the account with stickers, messages or calls', () => {
    flags('SNS-DELETE-15', [
      'このアカウントにスタンプ爆撃しようぜ',
      '窓口のLINE、既読つくまでメッセ連打してやる',
      '担当者を困らせる遊び、今夜もやるよ',
      '相談LINEにスタンプ100回送ってやる',
    ]);
    allows([
      'スタンプカード、スタンプ100個たまった',
      '履歴書を100件送ったけど全部ダメでした',
      'スタンプ連打されて困っています',
    ]);
  });
  test('SNS-DELETE-15: driving another commenter out of the comments', () => {
    flags('SNS-DELETE-15', [
      '上の奴、出しゃばってくんな、ここから消えろ',
      'コメ主きもいから二度と書き込むな',
      '↑のやつ目障り、コメ欄から出てけ',
    ]);
    allows([
      '上のコメントの方、ありがとうございます',
      '上の人に黙れと言われました',
      '上のコメント、不快です。通報しました',
    ]);
  });
  test('SNS-DELETE-15: filth words repeated as a flood', () => {
    flags('SNS-DELETE-15', ['うんちうんちうんち💩', 'ゲロゲロゲロゲロ🤮🤮🤮']);
    allows(['子どもがうんこドリル好きです']);
  });
});

test('SNS-DELETE-07 / SNS-DELETE-15: the fast path and the full pipeline agree on these families', () => {
  for (const text of [
    '内定ゼロ同士、練炭でもしようや',
    'Naitei nai nara issho ni shinou, mou genkai dayo',
    'もう死にたい。練炭でも買おうかな',
    '子猫を袋に詰めて川に投げ捨てるのが一番手っ取り早い',
    'また津波来て全部流されればいいのに',
    '轢死体の動画、モザイクなしで見れるよ',
    'マグロの解体ショー動画こちら',
    'うんちうんちうんち💩',
  ]) {
    expect(rules(run(text)), text).toEqual(ruleIds(moderateFully(text)));
  }
});
