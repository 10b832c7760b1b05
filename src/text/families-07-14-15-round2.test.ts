import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Round 2 vocabulary families for SNS-DELETE-07, 14 and 15 (coded and veiled incitement, net-speak,
// emoji, off-topic chatter) and the hard negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-07 round 2', () => {
  test('SNS-DELETE-07: net-speak and coded threats (殺る, タヒれ, 逝ってよし, 家凸, シメる, 物理で)', () => {
    flags('SNS-DELETE-07', [
      'あの受付の女、今度会ったら殺ったるわ',
      '相談員タヒれ',
      'ハロワの職員なんか逝ってよし',
      '面接官の家凸してやるからな',
      '知り合いのヤクザ呼んで社長をシメてもらうわ',
      'クレーム無視するなら次はもっとひどいことしてやる',
      '不採用にしたら会場に爆弾を設置したるで',
    ]);
  });
  test('SNS-DELETE-07: advice to hit someone, a blade or emoji weapon brought along', () => {
    flags('SNS-DELETE-07', [
      '上司がうざいなら一発殴っとけ、黙るから',
      '講師がうるさいなら力で黙らせればいいんだよ',
      '順番抜かされたらボコればいいだけ',
      '圧迫面接されたら包丁持参して黙らせろ🔪',
    ]);
  });
  test('SNS-DELETE-07: sabotage of systems and group obstruction of an office', () => {
    flags('SNS-DELETE-07', [
      'ジョブカフェのサーバー落としてやる、DDoS攻撃しようぜ',
      'みんなで窓口に座り込んで業務を妨害しようぜ',
      '説明会つぶそう、大勢で押しかけようぜ',
    ]);
  });
  test('SNS-DELETE-07: cheating, falsified careers and excusing fraud', () => {
    flags('SNS-DELETE-07', [
      '適性検査は友達に代わりに受けてもらえばいい、みんなやってる',
      '職務経歴書なんて嘘書いとけ、どうせバレない',
      '騙されるやつが悪いんだから詐欺も立派な仕事だろ',
    ]);
  });
  test('SNS-DELETE-07: looting and shoplifting advice; getting away with it beside a transgression', () => {
    flags('SNS-DELETE-07', [
      '停電のどさくさに紛れて持っていけばタダ',
      'スーパーで万引きすればお金かからないよ',
      '高校生も打ち上げ参加しなよ、お酒もバレなきゃ大丈夫',
      '公園で爆竹鳴らそうぜ、警察来たら逃げればいい',
    ]);
  });
  test('SNS-DELETE-07: gambling calls, selling sex as advice, bullying and spiking drinks', () => {
    flags('SNS-DELETE-07', [
      '今夜みんなで賭け麻雀やろうぜ、一局千円',
      '稼ぎたいならママ活一択',
      '同期のあいつ、みんなで無視して辞めるまで追い込もう',
      '後輩の酒にスピリタス入れて潰したろ',
      '新人の飲み物にこっそり睡眠薬を混ぜたら面白そう',
    ]);
  });
  test('SNS-DELETE-07: veiled suicide invitations (消えよう, 🌉から飛ぼ) and coded overdose pushes', () => {
    flags('SNS-DELETE-07', [
      '就活疲れた人、一緒に消えませんか',
      'みんなで橋から飛ぼうよ、楽になれる',
      '就活に疲れたらブロンODおすすめ',
      'つらい人はここ読んで→ jisatsu-houhou.example/guide',
    ]);
  });
  test('SNS-DELETE-07: animal cruelty as practice, wishing groups removed, praising crime, drunk driving', () => {
    flags('SNS-DELETE-07', [
      '子どもの度胸試しに野良猫で試し切りさせればいい',
      'ニートなんて安楽死させろ',
      '闇バイト最強、上手くやれば一晩で50万',
      '酒飲んで運転しても全然平気、捕まったことないし',
      '前の車を煽りながら走ろうぜ',
    ]);
  });
  test('SNS-DELETE-07: reports, warnings, idioms and dialect stay acceptable', () => {
    allows([
      '料理教室には包丁とエプロンを持参してください',
      '子どもと一緒に魚をさばく料理教室、楽しかったです',
      'ボクシングジムでサンドバッグを殴ればいいストレス発散になるよ',
      '逆質問で面接官を困らせようとしないでくださいね',
      '飲み会で未成年にお酒を飲ませるのは絶対ダメです',
      'バレなきゃOKって考えの人が多いのが残念',
      'お酒を飲んだので運転は代行を頼みました',
      '煽り運転されて怖かったのでドラレコを付けました',
      '嘘も方便って言うけど、面接では正直に話したほうがいいと思う',
      '騙される方が悪いなんてことはありません。困ったら相談してください',
      '年寄りをカモにする詐欺が増えているので注意してください',
      '情弱から金を取るような商売はしたくない',
      'ゴキブリは駆除すればいいって業者さんに言われました',
      '羽田から飛ぼうか成田から飛ぼうか迷ってる',
      'ストレスが消える方法を教えてください',
      '爆弾発言ですが、内定もらいました！',
      'サーバー落ちてて予約できなかった',
      'ハロワ凸してくるわ、求人票見に',
      '家凸されたという相談を受けたことがあります',
      'テロ対策の警備員の求人に応募しました',
      '高齢者を間引けばいい、と言う人がいてショックでした',
      '一緒に消えよう、ってDMが来ました。怖いので通報しました',
    ]);
    notLabelled('SNS-DELETE-07', [
      'あそこの職員、なんもしねぇで座ってるだけだべ',
      '一緒に死のうと誘われて怖かった',
      'Webテストの替え玉受験は不正行為です。絶対にやめましょう',
      'パパ活で稼げると誘われたけど怪しいので断りました',
    ]);
  });
});

describe('SNS-DELETE-15 round 2', () => {
  test('SNS-DELETE-15: announcing a raid on the comments (荒らしたろ, 荒らしとくわ)', () => {
    flags('SNS-DELETE-15', ['このアカウントのコメ欄、荒らしたろ！みんな来い', '今からここ荒らすわｗ']);
  });
  test('SNS-DELETE-15: collages and deepfakes of real people', () => {
    flags('SNS-DELETE-15', [
      '講師の写真使ってディープフェイク作ってみたｗ',
      '面接官の顔をすげ替えた動画あるよ',
    ]);
  });
  test('SNS-DELETE-15: shock and gore shared or told unasked', () => {
    flags('SNS-DELETE-15', [
      'トラウマ級の動画貼っとく',
      'グロい話していい？昨日見た事故、内臓がはみ出てて',
      '閲覧してね、事故で亡くなった人の写真集 → pics.example/x',
    ]);
  });
  test('SNS-DELETE-15: links to hidden-camera clips, dossiers and the dark web', () => {
    flags('SNS-DELETE-15', [
      'hidden cam clips from the waiting room → spy.example/c',
      '相談員の過去ツイ掘ってまとめたページ → dig.example',
      'ダークウェブの闇サイトに全部載ってる → dark.example',
    ]);
  });
  test('SNS-DELETE-15: reports and safety training are not shock content', () => {
    notLabelled('SNS-DELETE-15', [
      'コメ欄荒らしがいて困っています',
      '誰かが荒らしてるみたいなので通報しました',
      'ディープフェイクの見分け方セミナー、勉強になりました',
      'ディープフェイクを作られて困っています。削除依頼の方法を教えてください',
      '事故の瞬間の動画を安全講習で見ました',
      '猫の死体を道路で見つけたので役所に連絡しました',
      '相談員のくせに態度でかい、二度と来んな',
    ]);
  });
});

describe('SNS-DELETE-14 round 2', () => {
  test('SNS-DELETE-14: shows, teams and games talked about (an episode, a result, a party call)', () => {
    flags('SNS-DELETE-14', [
      '昨日の朝ドラ見た？泣いた',
      'ヤンキース勝った？',
      'パズドラのフレンド募集してます',
    ]);
  });
  test('SNS-DELETE-14: love, health, sky and fishing small talk; asides that admit it', () => {
    flags('SNS-DELETE-14', [
      '元カノから連絡来た、どうしよう',
      'グルコサミンとコンドロイチンどっちがいいの',
      '今日の釣果！🎣 サバ20匹',
      '流星群見えるかな',
      '話変わるけど、好きな人に告白するならどこがいい？',
    ]);
  });
  test('SNS-DELETE-14: food praised off a food account, follow and first-comment spam', () => {
    flags('SNS-DELETE-14', [
      'お好み焼きは広島のが一番うまい',
      'いいね返しします！',
      '無言フォロー失礼します',
      '一番乗り！',
    ]);
  });
  test('SNS-DELETE-14: borrowed names and on-topic asides are not off-topic', () => {
    allows([
      '朝ドラの主人公みたいに前向きに働きたいです',
      '大谷選手みたいに努力を続けられる人になりたい',
      'M1のMacでZoomに接続できません',
      '膝が痛くて立ち仕事ができません。座り仕事の求人ありますか',
      '話変わるけど、履歴書の写真って何ヶ月前までOK？',
      'ところで皆さん、面接の逆質問って何聞いてます？',
      '一番乗りで会場に着きました。緊張します',
    ]);
    notLabelled('SNS-DELETE-14', ['りんごの産地直送、注文しました！美味しかったです'], 'coop');
  });
});
