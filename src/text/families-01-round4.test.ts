import { describe, test } from 'vitest';
import { expectFlagged as flags, expectNotLabelled as notLabelled } from './moderation-test-kit.ts';

// Round 4 vocabulary families for SNS-DELETE-01: offences told matter-of-factly, as a boast or as
// advice, without the obvious crime words. Sentences written for these tests.

describe('SNS-DELETE-01 round 4', () => {
  test('SNS-DELETE-01: hiding earnings from the benefit office and the tax office is fraud', () => {
    flags('SNS-DELETE-01', [
      '失業認定の日、単発バイトの分は書かなくてもバレないからそのまま出してる',
      '副業の経費なんて私用も経費で落としとけ、税務署なんて来ないって',
      '売上は家族の口座に分けて振り込ませてる、名義さえ違えば追跡されないし',
    ]);
    notLabelled('SNS-DELETE-01', [
      '失業認定日にアルバイトの日数を書き忘れてしまいました。どうすればいいですか？',
      '経費で落とせるものを税理士に相談しました',
      '認定日の持ち物を教えてください',
    ]);
  });

  test('SNS-DELETE-01: leaving without paying, taking crops and skimming wallets are theft', () => {
    flags('SNS-DELETE-01', [
      'ドラッグストアでレジ通さずにリュックに入れて出てきた、楽勝',
      '近所の畑から取ってきたトマトうまかった、誰も見てないからセーフ',
      '施設の夜勤で入居者の財布から抜いてる同僚がいるけど、みんな黙ってる',
      '炊き出しの弁当、何度も並び直してもらってフリマに出してる',
    ]);
    notLabelled('SNS-DELETE-01', [
      'セルフレジの使い方がわからず店員さんに聞きました',
      '財布を落としてしまい交番に届けを出しました',
      '並び直しになったので少し待ちました',
    ]);
  });

  test('SNS-DELETE-01: driving while disqualified and dodging checkpoints are offences', () => {
    flags('SNS-DELETE-01', [
      '免許取り消し中だけど軽トラなら誰も止めないし毎日乗ってる',
      '飲み会のあとでも裏道通れば検問スルーできるから車で帰ってる',
    ]);
    notLabelled('SNS-DELETE-01', [
      '免許が取り消しになったので配送の仕事は諦めました',
      '検問で止められたけど飲んでないのですぐ通れました',
      '無事故無違反で二十年運転しています',
    ]);
  });

  test('SNS-DELETE-01: giving minors alcohol and dumping rubbish are offences', () => {
    flags('SNS-DELETE-01', [
      '甥っ子の高校生にビール飲ませたら顔真っ赤で笑った',
      '古いタイヤは河原に捨ててくれば処分代浮くよ',
    ]);
    notLabelled('SNS-DELETE-01', [
      '高校生にお酒を飲ませた店が摘発されたニュースを見ました',
      '粗大ごみの出し方を区役所に聞きました',
    ]);
  });

  test('SNS-DELETE-01: tracking down where someone lives is intimidation', () => {
    flags('SNS-DELETE-01', [
      '不採用にした人事の住所はもう調べてある。近いうちに顔出すわ',
      'あの講師の自宅突き止めたから、次の休みに行ってみる',
      '気になる受付の子、どっちに帰ってるかわかったから今度ついていく',
    ]);
    notLabelled('SNS-DELETE-01', [
      '元同僚に家を突き止められて怖いです。警察に相談しました',
      '郵便番号から住所を調べる方法を教えてください',
    ]);
  });

  test('SNS-DELETE-01: taking job-seeker or customer data away is a data offence', () => {
    flags('SNS-DELETE-01', [
      '辞める前に応募者データ全部USBにコピーしといた、転職先で使える',
      '知り合いの職員に頼めば相談者情報を横流ししてくれる',
    ]);
    notLabelled('SNS-DELETE-01', [
      '応募者データの持ち出しは禁止されています',
      '顧客リストの管理方法について研修がありました',
    ]);
  });

  test('SNS-DELETE-01: borrowed identities, old staff passes, cracked logins and edited birth dates', () => {
    flags('SNS-DELETE-01', [
      '借金から逃げたいなら他人になりすまして部屋借りればいい',
      '辞めた会社の入館証、返さずにコピーしといたからまだ入れる',
      'パスワード解析ツール回したら先輩のメール読めたw',
      '年齢制限の求人なら身分証の生年月日だけ変えて出せば通る',
      '通販なら他人のクレカで買い物しても普通に通る',
    ]);
    notLabelled('SNS-DELETE-01', [
      '入館証を返却し忘れたので郵送で返しました',
      '生年月日の書き間違いを窓口で直してもらいました',
      'なりすましメールが届いたので通報しました',
    ]);
  });

  test('SNS-DELETE-01: online casinos, proxy test-takers and work outside one’s visa', () => {
    flags('SNS-DELETE-01', [
      '最近はオンカジで稼いでる、パチンコより全然いい',
      'SPI代行やってます、一社一万円、過去にバレたことなし',
      '資格外でも働けるライン工場あります、在留資格関係なし',
    ]);
    notLabelled('SNS-DELETE-01', [
      'オンラインカジノは日本では違法だとニュースで見ました',
      'SPIの対策本を図書館で借りました',
      '資格外活動の許可を取ってからアルバイトを始めました',
    ]);
  });

  test('SNS-DELETE-01: offences written in English, Chinese or romaji', () => {
    flags('SNS-DELETE-01', [
      'Selling cartons without tax stamps, cheaper than the store',
      'Need money fast? loan with no checks, 20% per week',
      '一边领失业金一边打工，工资让老板发现金',
      'nakami wa kikanai de hakobu dake no shigoto, ichinichi 5man',
    ]);
    notLabelled('SNS-DELETE-01', [
      'I paid my taxes at the city office today',
      'nakami no aru hanashi ga kikitai',
    ]);
  });

  test('SNS-DELETE-01: dismissing a warning does not make a crime job a warning', () => {
    flags('SNS-DELETE-01', ['注意喚起はいいけど、受け子なんて一回で十万だぞ。捕まるのはバカだけ']);
    notLabelled('SNS-DELETE-01', [
      '友達に「口座を売ればお金になる」と誘われました。断ったほうがいいですよね',
      '受け子の手口について注意喚起します。知らない人から荷物の受け取りを頼まれても断ってください',
    ]);
  });
});
