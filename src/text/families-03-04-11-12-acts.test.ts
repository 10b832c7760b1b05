import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Vocabulary families for acts under SNS-DELETE-03, 04, 11 and 12 (one's own vote, passing off,
// merchandise, scanned books, dangerous permissions, exposure on a call, romaji spellings) and the hard
// negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-03', () => {
  test('SNS-DELETE-03: an election date or one’s own plan to vote is not campaigning', () => {
    allows([
      '市長選の投票日は10月8日です',
      '知事選の期日前投票は市役所でできます。',
      '選挙の投票日なので窓口は混むかもしれません',
      '来週の日曜は参院選の投票日ですね、面接会と重ならなくてよかった',
      '今度の市議選、投票に行こうと思います。',
      '衆院選の期日前投票、仕事帰りに行ってこようかな',
      '選挙の日は投票所のバイトをします、応募しました',
      '県議選は日曜ですね。説明会のあとに投票していこうと思います',
      '明日は投票に行ってきます、仕事探しの話とは関係ないけど',
      '期日前投票、みなさんはもう行きましたか？',
    ]);
  });
  test('SNS-DELETE-03: a call to vote for a candidate or party still is', () => {
    flags('SNS-DELETE-03', [
      '次の市議選は山田候補に一票をお願いします',
      '消費税廃止を訴える候補に投票しましょう',
      '市長選は佐藤候補に投票してください！',
      'Jimintou no kouho ni touhyou shite kudasai',
      'Minna de rikken wo ouen shimashou',
    ]);
  });
  test('SNS-DELETE-03: religious invitations in romaji and in English', () => {
    flags('SNS-DELETE-03', [
      'Minna, kamisama no ai wo shinjite kudasai. Nichiyoubi no shuukai ni kite ne.',
      'Kyoukai no shuukai ni kite kudasai, kamisama ga matteimasu',
      'Seisho no benkyoukai ni kimasen ka? Kami no ai wo shirimashou',
      'Jesus loves you. Come to church this Sunday',
      '皆さん、教会の日曜礼拝にいらっしゃいませんか',
    ]);
  });
  test('SNS-DELETE-03: rejection mails, wishes and associations in romaji stay acceptable', () => {
    allows([
      'Kongo no gokatsuyaku wo oinori shimasu to iu meeru ga kimashita',
      'Mensetsu no kouho bi wo erande kudasai',
      'Goukaku wo inorimashou!',
      'Kono madoguchi ni sukuwaremashita',
      'Nihon kyoukai no setsumeikai ni kite kudasai',
      'Reiwa 7 nen no senkyo no hi wa yasumi desu ka?',
      '教会で結婚式を挙げる予定です',
      '自分を信じて頑張ります',
    ]);
  });
});

describe('SNS-DELETE-04', () => {
  test("SNS-DELETE-04: passing off someone else's photo, drawing or text as one's own", () => {
    flags('SNS-DELETE-04', [
      '他人の写真を自分の作品としてコンテストに応募した',
      'ネットで拾ったイラストの作者名を消して自分のインスタに載せてる',
      '人の撮った写真を自分が撮ったことにしてコンテストに出しました',
      '絵師さんのイラストをトレスして自分の作品として投稿してます',
      'Tanin no shashin wo jibun no sakuhin toshite nosete imasu',
    ]);
  });
  test('SNS-DELETE-04: merchandise made from photos of other people or from characters', () => {
    flags('SNS-DELETE-04', [
      '推しの写真でアクスタ作って勝手に販売してます',
      '人気キャラのイラストでLINEスタンプ作って売ってるよ',
      '講師の写真を勝手にグッズにして売ってる',
      '同僚の写真でLINEスタンプ作って売り出し中',
    ]);
  });
  test('SNS-DELETE-04: books scanned and shared, paid course videos passed around, also in romaji', () => {
    flags('SNS-DELETE-04', [
      '市販の参考書を全部スキャンしてPDFにしたから欲しい人にあげる',
      '有料のオンライン講座の動画、ネットに上げといたから見たい人はどうぞ',
      '有料セミナーの動画、グループに共有しといたよ',
      'Manga wo zenbu scan shite haifu shiteru yo',
      'Kyoukasho wo zenbu scan shite PDF de kubatte masu',
    ]);
  });
  test("SNS-DELETE-04: one's own works, licensed goods, scanned forms and personal copies stay acceptable", () => {
    allows([
      '自分で撮った写真をスタンプにして販売しています',
      '友達の許可をもらって写真をグッズにしました',
      '履歴書をスキャンしてPDFで送ってください',
      '説明会の資料はPDFで配布されますか？',
      '教材をスキャンして自分用にタブレットで見てます',
      '買った参考書、もう使わないので欲しい人に譲ります',
      '有料講座を受けてみたいけど高いです',
      '先輩の写真入りのインタビュー記事、よかったです',
      '講師の写真入りのチラシを配布していました',
      'キャラクターグッズの販売スタッフ募集に応募しました',
      '作者名を明記して引用しましょう',
      '購入した教材がPDFで届きました',
      '作者名を消して転載するのはやめましょう',
    ]);
  });
  test('SNS-DELETE-04: permission words, own paid articles and copied personal data are not infringement', () => {
    allows(['私のnoteの有料記事で面接対策をまとめています', '写真は本人の許可取ってないので載せません']);
    notLabelled('SNS-DELETE-04', [
      'オンライン相談の画面をスクショして、担当者の名前と電話番号を貼っておきます',
    ]);
  });
});

describe('SNS-DELETE-11', () => {
  test('SNS-DELETE-11: keyloggers, backdoors and hidden mining in a handed-out app', () => {
    flags('SNS-DELETE-11', [
      '求人アプリ作った、こっそりマイニングするけど気にしないで',
      'このアプリ、キーロガー入りだけど便利だから使って',
      '面接練習アプリ、バックドア仕込んでおいたから配るわ',
      'このまとめサイト、開くだけで勝手にアプリが入るけど気にせず見て',
    ]);
  });
  test('SNS-DELETE-11: asking to grant admin rights, trust a profile or switch protection off', () => {
    flags('SNS-DELETE-11', [
      '面接対策アプリ配布中、入れると管理者権限を求められるけど許可して',
      'プロファイルをインストールしたら全ての権限を許可してください',
      'このツール使う前にウイルス対策ソフト切っといてね',
      'このツール、ダウンロードしたらウイルス対策ソフトを無効にしてから起動してね',
    ]);
  });
  test('SNS-DELETE-11: a stranger asking to install a remote-control app and read out its number', () => {
    flags('SNS-DELETE-11', [
      '在宅バイトの面接前にAnyDeskを入れてIDを教えてください',
      'お手伝いするので、AnyDeskをインストールして接続番号を教えてください',
    ]);
  });
  test('SNS-DELETE-11: security advice, IT work and data mining stay acceptable', () => {
    allows([
      'Windowsの更新は管理者権限が必要と言われました',
      '管理者権限を求められても許可しないでください',
      'ウイルス対策ソフトは常に最新にしておきましょう',
      'ウイルス対策ソフトが怪しいファイルを止めてくれました',
      '在宅勤務でTeamViewerを使ってます',
      'データマイニングのスキルを活かせる求人を探しています',
      '管理者権限がないとインストールできないので情シスに頼みました',
      'パスワードを記録しておくのは危ないですか？',
    ]);
    notLabelled('SNS-DELETE-11', ['自己分析アプリ（月額480円）のリンクです https://app.example.com']);
  });
});

describe('SNS-DELETE-12', () => {
  test('SNS-DELETE-12: sexual remarks about participants and staff (裸エプロン, 胸チラ)', () => {
    flags('SNS-DELETE-12', [
      '料理教室の先生、裸エプロンで教えてくれたら通うわ',
      '受付のお姉さん、ノーブラで来てくれたら毎日通う',
      '次の説明会はエロい格好で来てほしいな',
    ]);
  });
  test('SNS-DELETE-12: exposing oneself on a video call', () => {
    flags('SNS-DELETE-12', [
      'ビデオ面接、下は何も履いてない状態で受けるわｗ',
      'オンラインセミナーに全裸で参加してやる',
      'Zoom面接、パンツ脱いで参加したろかな',
      'オンライン説明会に下半身すっぽんぽんで出たるわ',
      'カメラオンなら股間映してやるよ',
    ]);
  });
  test('SNS-DELETE-12: sexual words in romaji (the view folds oppai to opai)', () => {
    flags('SNS-DELETE-12', [
      'Ero gazou no link haru ne',
      'Oppai ookii ko ga ii na',
      'Ecchi na douga mite kara mensetsu iku',
      'Kyou no koushi, oppai dekai ne',
    ]);
  });
  test('SNS-DELETE-12: aprons, dress codes, romaji verbs and reports of exposure stay acceptable', () => {
    allows([
      '料理教室でエプロンを忘れないようにしてください',
      '料理教室のエプロン、かわいいですね',
      'ビデオ面接は上半身だけでなく服装全体に気をつけましょう',
      '下はパジャマでも画面に映らないから大丈夫かな',
      'Jibun no yaritai shigoto wo sagashiteimasu',
      'Kutsu wo nuide agatte kudasai',
      'Ero no kotoba wo tsukau no wa yamete kudasai',
    ]);
    notLabelled('SNS-DELETE-12', [
      '不審者が下半身を出していたので警察に通報しました',
      '水着で参加できるプールイベントがあるそうです',
    ]);
  });
});
