import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Vocabulary families for SNS-DELETE-02, 06 and 12 (second round: veiled, coded and polite forms)
// and the hard negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-06', () => {
  test('SNS-DELETE-06: a polite request or a how-to question to keep a group out is discrimination', () => {
    flags('SNS-DELETE-06', [
      '恐れ入りますが、次回の説明会ではベトナム国籍の方の参加をご遠慮いただくようお願いできますでしょうか',
      '採用は日本人優先でお願いしたいです。外国人労働者はその後で十分かと',
      'うちの工場、ブラジル人ばっかでさ、どうやったら追い出せますか？',
      '在日の人はセミナーに参加させないでください',
    ]);
  });
  test('SNS-DELETE-06: exclusion in dialect, English and Chinese is discrimination', () => {
    flags('SNS-DELETE-06', [
      '宗教しとる家の子は採らん方がいいっちゃ',
      '移民入れたら日本終わり。日本に来んな',
      'Foreigners should go home. Japan is for the Japanese.',
      'ハロワはベトナム人を紹介するな',
    ]);
  });
  test('SNS-DELETE-06: refusing what a group touched, taught or joined is discrimination', () => {
    flags('SNS-DELETE-06', [
      '実習生が作った野菜なんて何触ったかわからんから買いたくない',
      '講師が韓国人だったら嫌だな、日本のマナーなんてわかるわけない',
      '外国人の家庭とか来たら揉めそう。日本人家庭だけにして',
      '外人は日本語通じないやつばっかで仕事なんかできねーよ',
    ]);
  });
  test('SNS-DELETE-06: coded forms (flags for nationalities, masked religions, origin checks) are discrimination', () => {
    flags('SNS-DELETE-06', [
      '実行犯ってだいたい🇻🇳でしょ、国に帰せよ',
      '信者の家の子は採りませんって書いとけばいいのに。エ〇バとか面倒だし',
      '採用の前に本籍を調べた方がいいよ、あの地区の人は避けたほうが無難',
      '肌が黒い人は写真に写らなそうｗ',
      'キムチ臭い連中が窓口に並んでて最悪',
    ]);
  });
  test('SNS-DELETE-06: a stereotype put as a question is still discrimination', () => {
    flags('SNS-DELETE-06', ['中国人ってなんであんなにうるさいの？', '外国人ってみんな臭くないですか？']);
  });
  test('SNS-DELETE-06: questions by or for a group, official notices and reports of discrimination stay acceptable', () => {
    allows(
      [
        '外国人の方も参加できますか？',
        '留学生でも応募できますか？ベトナム出身です',
        '日本人の雇用を優先すべきだと面接で言われました。差別ではないですか',
        '出身地を聞かれたけど答えなきゃダメ？',
        '肌の色が濃い人はライトを調整して撮ります',
        '中国人の同僚と仲良くなりたいです、どうすればいいですか',
        '在日の方の就職支援はありますか？',
        '外国籍の方のご参加をご遠慮いただくことはありません。どなたでもどうぞ',
        '障害者雇用で働いてます。仕事なんかできないと思われがちだけど頑張ってる',
        '外国人ってみんな日本語上手ですよね',
        '女は家事してろって面接官に言われました。これって差別ですよね',
      ],
      'hellowork',
    );
    allows(
      [
        '技能実習生を受け入れている農家さんの野菜、応援したいので買いたいです',
        'ハーフの子どもがいるので、料理教室で配慮してもらえますか',
        '○○地区の人向けの説明会はいつですか',
        'クルド人の支援団体でボランティアしています',
      ],
      'coop',
    );
  });
});

describe('SNS-DELETE-02', () => {
  test('SNS-DELETE-02: branding a service or company as exploitative is defamation', () => {
    flags(
      'SNS-DELETE-02',
      [
        '○○運送（ブラック）の求人また出てるw',
        'ここの紹介先、県内で一番のブラック',
        '窓口の職員、ド素人の寄せ集め。税金ドブに捨ててる',
      ],
      'hellowork',
    );
    flags('SNS-DELETE-02', ['生協ってマルチでしょ'], 'coop');
    flags('SNS-DELETE-02', ['ジョブカフェってカルトじゃん']);
  });
  test('SNS-DELETE-02: sarcastic praise of a misdeed is an insult', () => {
    flags('SNS-DELETE-02', ['流石です、ブラック企業ばっかり紹介する技術は天才ですね']);
  });
  test('SNS-DELETE-02: insinuated or politely passed-on misdeeds (kickbacks, nepotism, 伺っております) are defamation', () => {
    flags('SNS-DELETE-02', [
      'あの講師、経歴詐称してクビになったって皆知ってるよ',
      '所長は以前、補助金を着服して懲戒になった方だと伺いました',
    ]);
    flags('SNS-DELETE-02', ['どうせ社長の親戚をコネ採用してるんでしょ'], 'hellowork');
    flags('SNS-DELETE-02', ['相談会の講師って業者からキックバックもらってるんですよね？'], 'desk');
    flags('SNS-DELETE-02', ['配送センター長の身内を採用してるって本当ですか？'], 'coop');
  });
  test('SNS-DELETE-02: naming without naming (誰とは言わない) with a misdeed is defamation', () => {
    flags(
      'SNS-DELETE-02',
      [
        '誰とは言わないけど、あの相談員パワハラで有名',
        '名前は出さないけど駅前の会社、社長がセクハラしてくるから行かない方がいい',
      ],
      'hellowork',
    );
  });
  test('SNS-DELETE-02: net-speak, rhetorical questions, emoji and Chinese insults at staff are insults', () => {
    flags(
      'SNS-DELETE-02',
      [
        'あの職員、民間で通用しなかったから役所にいるんでしょ',
        '窓口の職員って日本語読めないの？書類何回出しても突き返される',
        '職員の対応🤡',
        '这个职员是废物',
        'シニアなんて姥捨て山行き',
      ],
      'hellowork',
    );
    flags('SNS-DELETE-02', ['あの講師、頭大丈夫？説明が支離滅裂', 'それでもプロの相談員？']);
  });
  test('SNS-DELETE-02: praise, warnings, generic questions and one’s own job stay acceptable', () => {
    allows([
      'さすがですね！丁寧な対応ありがとうございます👏',
      'さすが相談員さん、嘘みたいに早く内定出ました👏',
      'さすがです、ブラック企業の見分け方まで教えてもらえた',
      'お待たせしました！結果発表👏',
      '入社前に反社チェックってされるんですか？',
      '職員さんへの賄賂って禁止ですか？',
      'コネ入社って実際どうなんですか？人事の方教えて',
      '講師の方が寄せ集めの材料で料理を教えてくれた',
      'ド素人ですが、講師の方に教わりたいです',
      '前任の担当者が異動されたと伺いましたが、後任はどなたですか',
    ]);
    allows(
      [
        'ハロワの窓口でマルチでしょって言われた',
        '派遣会社のピンハネ率って何％が普通ですか？',
        '残業80時間、うちの会社ブラック確定だわ…転職したい',
        '名前は伏せますが、前の会社の上司にパワハラを受けていました',
        '姥捨て山みたいな扱いを受けたと父が落ち込んでいます',
        '面接官にムカついても顔に出さないコツありますか',
        'どうせ自分なんてコネもないし',
        '頭大丈夫かなって自分でも心配になるくらいミスした',
      ],
      'hellowork',
    );
    allows(
      [
        '生協の組合員にカルトの勧誘が来たので注意してください',
        'ここって宗教団体とは関係ないですよね？',
        '雑魚の佃煮が好きです',
        '子どもたち雑魚寝でぐっすり',
        'ピエロ🤡のショー楽しかったです、センターの皆さんありがとう',
      ],
      'coop',
    );
  });
  test('SNS-DELETE-02: a card number or a desk request is not an insult (ナンバーカード is not バカ)', () => {
    notLabelled('SNS-DELETE-02', ['友達のマイナンバーカードの写真は送っていいですか'], 'desk');
  });
  test('SNS-DELETE-02: venting about one’s own boss to the desk is not defamation', () => {
    allows(['上司がクソすぎて職場に行きたくない…愚痴になるけど聞いてほしいです'], 'desk');
  });
});

describe('SNS-DELETE-12', () => {
  test('SNS-DELETE-12: leering at women (目当て, ムフフ, gaze at body parts, 眼福) is obscene', () => {
    flags('SNS-DELETE-12', [
      '受付の女の子目当てで通うわ😏',
      'セミナーの女子大生いっぱいでムフフ',
      '面接官のお姉さん、太ももばっかり見ちゃう',
      'スーツ女子のタイトスカート眼福',
    ]);
    flags('SNS-DELETE-12', ['人妻好きにはたまらん求人だな'], 'hellowork');
  });
  test('SNS-DELETE-12: innuendo (quoted euphemisms, オカズ, veiled exposure, vegetables with a wink) is obscene', () => {
    flags('SNS-DELETE-12', [
      '講師が美人なら夜の個別指導もお願いしたい',
      'あの相談員さんかわいい、今夜のオカズ',
      '撮影会で際どい写真も撮れますか？',
      '事務の制服、スカート短くしてくれたら毎日行く',
    ]);
    flags('SNS-DELETE-12', ['ビデオ通話で女性職員にアソコ見せたらどうなるかなw'], 'hellowork');
    flags(
      'SNS-DELETE-12',
      ['バナナより太いの好き、意味わかるよね😏', '避難所は出会いの場だからゴム必須w'],
      'coop',
    );
  });
  test('SNS-DELETE-12: harassing questions, adult venues, sugar-dating code and net slang are obscene', () => {
    flags(
      'SNS-DELETE-12',
      ['相談員さんの声かわいいね、どんな下着つけてるの？', 'Pの相場っていくら？🍑ありで'],
      'desk',
    );
    flags('SNS-DELETE-12', ['面接終わったらピンサロの面接も行こうかな'], 'hellowork');
    flags('SNS-DELETE-12', ['kawaii counselor, sekuhara shitai', '相談員さんデカパイすぎ']);
    flags('SNS-DELETE-12', ['配達のお兄さんエチエチで草'], 'coop');
  });
  test('SNS-DELETE-12: promoting compensated dating is public order (07), not obscene', () => {
    notLabelled('SNS-DELETE-12', ['お金に困ったらパパ活しなよ、相談会より早い'], 'desk');
  });
  test('SNS-DELETE-12: food, gear, clothes and plain compliments stay acceptable', () => {
    allows(
      [
        '生協のパンおいしい、毎週頼んでます',
        '今夜のおかず何にしよう、きゅうりとナスが余ってる',
        '夏野菜セット、きゅうり🥒ナス🍆トマト🍅どれも新鮮でした',
        '桃🍑の予約まだですか？去年の相場より安いといいな',
        '防災セットには輪ゴムとゴム手袋も入れておくと便利ですよ',
        'ママさんたちの笑顔、眼福でした。料理教室またやってほしい',
        '一番のブラックフライデーはいつですか',
        '黒のブラウスで料理教室に行っても大丈夫？',
        '奥さんに頼まれて買い物に行くわ',
        'ゴムの木を育ててます',
        'むちむちの赤ちゃんかわいい',
        '手袋をはめたいけどサイズがない',
        '大きいのと小さいの、どっちのトマトがいい？',
      ],
      'coop',
    );
    allows([
      '女性の相談員さんに担当してもらえますか',
      '胸元にリボンのある服って面接でNGですか？',
      '面接官の目ばかり見てしまうのが癖で、どうしたらいいですか',
      'お姉さんが優しくて、つい話し込んじゃう',
      '『個別指導』の予約方法を教えてください',
      '今何着てるか迷ってる、面接の服どうしよう',
      '草',
      '死んだｗ',
      '神対応',
    ]);
    allows(['アレ見せたら窓口で通ったよ、雇用保険の書類', 'ワロタ'], 'hellowork');
  });
});
