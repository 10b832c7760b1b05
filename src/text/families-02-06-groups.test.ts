import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Vocabulary families for SNS-DELETE-06 (discrimination against a group) and SNS-DELETE-02 (insults of
// a person or of the organisation's staff), with the hard negatives they must leave alone: self-talk,
// reports of abuse received, kinship words, pests in the kitchen. Sentences written for these tests.

describe('SNS-DELETE-06', () => {
  test('SNS-DELETE-06: a group likened to vermin or animals (ゴキブリ, 湧いてくる, ドブネズミ, 駆除)', () => {
    flags('SNS-DELETE-06', [
      '移民なんてゴキブリみたいにどんどん湧いてくる',
      'あの国の連中はドブネズミと同じ、駆除すべき',
      '実習生がうじゃうじゃ群がってて動物みたい',
      'ネパール人って、ほんと ウ ジ 虫 みたいに増殖してる',
    ]);
  });
  test('SNS-DELETE-06: a group said to be criminal by blood or nature (犯罪民族, 血筋, 手癖が悪い)', () => {
    flags('SNS-DELETE-06', [
      'あいつらは犯罪民族だから近づかない方がいい',
      'あの人たちが犯罪ばかりするのは血筋だよ、在日だし',
      'ブラジル人は手癖が悪いから倉庫には置けない',
      'あいつら中国人は犯罪体質だよ',
    ]);
  });
  test('SNS-DELETE-06: refusing to work with or be served by a group (即辞退, 外してください)', () => {
    flags('SNS-DELETE-06', [
      '面接官が外国人だったら即辞退するわ',
      '講師がイスラム教徒の人だったら外してほしい',
      '黒人の店員に接客されたくない',
      'インドネシア人がいるなら応募しません',
      '障害者の人がいる職場は無理',
    ]);
  });
  test('SNS-DELETE-06: hostility to believers (まともじゃない, 関わりたくない, 信用できん)', () => {
    flags('SNS-DELETE-06', [
      '信仰持ってる人ってまともじゃないよね',
      '宗教にハマってる人間は頭がおかしい',
      'クリスチャンとか関わりたくないわ',
      'ムスリムの人は信用できん',
    ]);
  });
  test('SNS-DELETE-06: skin-colour and appearance slurs, also in romaji', () => {
    flags('SNS-DELETE-06', [
      'アジア系は顔が汚いから写真に写るな',
      'イエローモンキーは帰れ',
      'gaijin wa kusai kara kuru na',
      'kokujin wa kitanai',
    ]);
  });
  test('SNS-DELETE-06: a company is worth nothing because it hires a group', () => {
    flags('SNS-DELETE-06', [
      '外国人が受かる会社なんて大したことない',
      '中国人を雇うような会社はろくでもない',
      'ベトナム人を採るような会社とか終わってる',
    ]);
  });
  test('SNS-DELETE-06: a refusal aimed at a group of interviewers is not also an insult of staff (02)', () => {
    notLabelled('SNS-DELETE-02', ['面接官がムスリムだったら即辞退、宗教やってるやつは頭おかしい']);
  });
  test('SNS-DELETE-06: neutral mentions, help-seeking, defence of a group and pests stay acceptable', () => {
    allows([
      '外国人の方も歓迎の求人です。気軽に応募してください',
      '留学生ですが、面接で不利になりますか？',
      '台所にゴキブリが出て困ってる、駆除業者を教えて',
      'ネズミ駆除のバイトがあるって本当ですか',
      '中国人の同僚がいて毎日楽しいです',
      'ベトナム人の実習生が増えたので、やさしい日本語の研修を受けました',
      '信仰を持っている方への配慮について研修がありました',
      'イスラム教徒の同僚のためにお祈りの部屋が用意されていた',
      'ムスリムの方向けにハラールのお弁当がありました',
      '体調が悪かったので面接を辞退しました',
      '女性の先輩が担当から外してほしいと上司に相談していた',
      '第一志望に受かったら辞退してもいいのかな、主婦なので迷う',
      '黒人差別の歴史を学ぶ講座に参加しました',
      '人種や国籍で判断するのはやめてほしい',
      '東京の大学出身の方が多いセミナーでした',
      '動物みたいに元気な子どもたちとの農業体験、楽しかった！',
      'イエローカードをもらった',
    ]);
  });
});

describe('SNS-DELETE-02', () => {
  test('SNS-DELETE-02: contempt for a named or identifiable person (ガサツ, 頭悪い, 底辺大学のくせに)', () => {
    flags('SNS-DELETE-02', [
      '受付の山本さん、ほんとガサツで品がない',
      '中村さんってほんと頭悪いよね',
      'あの相談員、底辺大学出のくせに偉そう',
      'この先輩、三流大学のくせに生意気',
      '相談員さん、頭弱すぎて話が通じない',
      'あの面接官、育ちが悪そうな顔してた',
    ]);
  });
  test('SNS-DELETE-02: ageist slurs (老害, もうろく, 老いぼれ), even beside an age-group word', () => {
    flags('SNS-DELETE-02', [
      '老害ばっかりの職場とかありえん',
      '高齢者の相談員、老害そのもので話にならない',
      '年寄りの講師とかもうろくしてて聞く価値ない',
      'シニアの面接官、老いぼれは引っ込んでろ',
    ]);
  });
  test("SNS-DELETE-02: insults of the organisation's staff (公務員のくせに, 仕事できないやつ, Fランばっか)", () => {
    flags('SNS-DELETE-02', [
      'ここの職員、公務員のくせに仕事できないやつばっか',
      'ジョブカフェのスタッフってFランばっかりでしょ',
      'あの職員ゴキブリみたいにしつこい',
      'あのカウンセラー、陰湿すぎてマジ無理',
    ]);
  });
  test('SNS-DELETE-02: a named person said to be jailed or to live it up on benefits', () => {
    flags('SNS-DELETE-02', [
      '田中ってやつ、万引きで捕まったことあるよ',
      '隣の佐藤さん、生活保護もらってるのに毎日パチンコ行ってる',
      'あの業者、産地偽装してるって近所の人が言ってた',
    ]);
  });
  test('SNS-DELETE-02: self-deprecation is not an insult', () => {
    allows([
      '自分でもポンコツだなと思います。どうしたら変われますか',
      'ニートのクズ生活を今年こそ卒業したい',
      '俺なんかバカやから面接こわいわ、企業の人と話せる気せん',
      'ワイなんかアホやし会社なんて無理や',
      '私も老害にならないように気をつけたい',
      'もう65歳の老いぼれですが、まだ働けますか',
      '私は頭が悪いので面接が不安です',
      '自分は社会不適合者なので在宅の仕事を探しています',
      '頭悪い質問ですみません。担当の方に聞きます',
    ]);
  });
  test('SNS-DELETE-02: abuse quoted in a report of what was said to the writer is not an insult', () => {
    allows([
      '上司に「無能は辞めろ」と怒鳴られました',
      '店長に「役立たず」と脅されて困っています',
      '面接官に「頭悪いね」と笑われました',
      'バイトリーダーに「給料泥棒」呼ばわりされた',
    ]);
    notLabelled('SNS-DELETE-02', ['先輩に「ゴミ」と罵られて辛いです']);
  });
  test('SNS-DELETE-02: kinship words and words that only contain an insult stay acceptable', () => {
    allows([
      'うちのおばあちゃんの介護をしています',
      'おじいさんの通院に付き添うので午前は無理です',
      'そのばあい、どうなりますか',
      '副業でブログを書いています。IT企業で働いています',
      '会社でブランクがあっても大丈夫でした',
      '先輩のおかげで内定もらえました、ありがとうございます',
      '農家の大西さんの野菜、ほんと美味しい',
    ]);
  });
});
