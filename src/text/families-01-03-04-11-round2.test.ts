import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Round 2 vocabulary families for SNS-DELETE-01, 03, 04 and 11 (coded, veiled and polite forms) and
// the hard negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-01', () => {
  test('SNS-DELETE-01: drug code words with a hand-over or a recruiting cue', () => {
    flags('SNS-DELETE-01', [
      '冷たいのと野菜、手押しで回せます。都内なら即日',
      'ハッパ🌿あるよ、手押しで渡せる人だけ連絡して',
      '❄️🍃手押しやれる人募集してます',
      '面接前にキメてから行くと緊張しないよ',
    ]);
  });
  test('SNS-DELETE-01: groceries, wheelbarrows and spurring someone on are not drug slang', () => {
    notLabelled(
      'SNS-DELETE-01',
      [
        '生協の野菜とアイス、即日配達してもらえて助かる',
        'チョコとアイスの差し入れあります、即日なくなりそう',
      ],
      'coop',
    );
    allows(['手押し車で野菜運ぶバイト、腰にくるわ', '上司にハッパをかけられて書類を急いで仕上げた']);
  });
  test('SNS-DELETE-01: crime jobs praised as clever money, dismissing the warning post', () => {
    flags('SNS-DELETE-01', [
      '闇バイトなんて上手くやれば一番稼げるのに',
      '出し子って割がいいよね、捕まるのは頭悪いやつだけ',
      '注意喚起出してるけど、かけ子は座ってるだけで日給3万だよ。興味あるならテレグラムへ',
    ]);
  });
  test('SNS-DELETE-01: a report or a refusal of a crime-job offer is not an offer', () => {
    allows([
      '闇バイトの勧誘が本当に来ました。怖すぎて即ブロックしました',
      '闇バイトは割がいいって誘われたけど断りました',
    ]);
  });
  test('SNS-DELETE-01: leaving no trace, with a secret channel or a crime job', () => {
    flags('SNS-DELETE-01', ['テレグラムなら足がつかないから連絡はそっちで', '足のつかない口座用意できます']);
    allows(['地に足がつかない就活生活が続いています']);
  });
  test('SNS-DELETE-01: theft framed as free for the taking (nobody watching, shops closed)', () => {
    flags('SNS-DELETE-01', [
      '夜中なら果樹園の桃が取り放題だよ、誰も見てないし',
      '停電のとき閉まってる店から持ってけば実質タダだよ',
      '倉庫の裏口ガバガバだから、箱ごと持ってけばいい',
    ]);
    allows(['いちご狩り、時間内は取り放題でした！', 'ポイント還元で実質タダになりました']);
  });
  test('SNS-DELETE-01: gambling for money, drinking minors, drink-driving and unlicensed driving', () => {
    flags('SNS-DELETE-01', [
      '休憩中にみんなでポーカーやろう、一回500円賭けで',
      '打ち上げやるよ！高校生もバレなきゃ飲んでいいから🍻',
      '配達中に飲みながら運転してるけど平気っすよ',
      '免許なくても無免でいけるって',
    ]);
    allows(['未成年の方はソフトドリンクでお願いします🍺']);
    notLabelled('SNS-DELETE-01', [
      '麻雀教室に通ってます、お金は賭けないで楽しめます',
      '飲酒運転の事故のニュース、本当にひどい',
    ]);
  });
  test('SNS-DELETE-01: hidden cameras and upskirt shots, set or offered', () => {
    flags('SNS-DELETE-01', ['女子トイレにカメラ仕掛けといたｗ', '会場で逆さ撮りしたやつあるよ']);
    notLabelled('SNS-DELETE-01', [
      '更衣室の鍵が壊れてて盗撮が心配です',
      '隠しカメラを仕掛けられていたので警察に相談しました',
    ]);
  });
  test('SNS-DELETE-01: gift-card codes demanded, cash collected by a self-declared staff member', () => {
    flags('SNS-DELETE-01', [
      'アマギフ5000円分買って番号を送ってください、手続きが進みます',
      'ハロワの者ですが、明日ご自宅へ集金に伺います。現金を用意しておいてください',
    ]);
    notLabelled('SNS-DELETE-01', ['ギフトカードの番号を送ってと言われたら詐欺です']);
  });
  test('SNS-DELETE-01: veiled and polite intimidation (the road home, the station, the young men)', () => {
    flags('SNS-DELETE-01', [
      '窓口のあの方に、夜道にはお気をつけくださいとお伝えください',
      '担当者様の最寄り駅も存じ上げておりますので、ご承知おきください',
      'うちの若い者を何人か行かせますわ',
      '知り合いのヤ〇ザに頼んで取り立ててもらえばいい',
    ]);
    notLabelled('SNS-DELETE-01', ['今日はお疲れさまでした、暗いので夜道に気をつけて帰ってくださいね']);
  });
  test('SNS-DELETE-01: vandalism urged, when no public-order threat names it', () => {
    flags('SNS-DELETE-01', ['あの客の車、ミラー折っといたｗ']);
    notLabelled('SNS-DELETE-01', ['車に10円パンチされた、最悪です']);
  });
  test('SNS-DELETE-01: tax and benefit fraud offered or advised, not asked about', () => {
    flags('SNS-DELETE-01', [
      '架空の経費で申告すれば税金ほぼゼロ、やり方教えるよ',
      '認定日は適当に書いときゃ通るよ、バイトしてても平気',
      '他人名義の口座を何個か買って、報酬はそこに入れてもらえばいいんですよね？口座を売ってくれる人も紹介します',
    ]);
    allows(['架空の経費って、税務調査でバレるんですか？', '認定日に何を書けばいいか教えてください']);
  });
  test('SNS-DELETE-01: stolen accounts, untold sources, dumping and labour violations', () => {
    flags('SNS-DELETE-01', [
      '不正ログインして集めたアカウント売ります',
      '出所は聞かないで、新品を激安で譲ります',
      '粗大ゴミなんて夜中に山に捨てればタダだよ',
      '逃げられないように実習生のパスポート預かってる',
      '親戚の免許証コピーして出せば年齢はごまかせる',
    ]);
    notLabelled('SNS-DELETE-01', [
      'アカウントを不正ログインされたので相談したいです',
      '不法投棄の現場を見かけたので通報しました',
    ]);
  });
  test('SNS-DELETE-01: a rumour that someone lied on a CV is not an incitement; doing it is', () => {
    flags('SNS-DELETE-01', ['経歴詐称して受かったわ、みんなもやれ']);
    notLabelled('SNS-DELETE-01', ['あの講師、学歴詐称してるらしいよ']);
  });
});

describe('SNS-DELETE-04', () => {
  test('SNS-DELETE-04: removing copyright notices, credits and sources', () => {
    flags('SNS-DELETE-04', [
      '講座のテキスト、著作権表示を消してから配りました',
      'この写真、撮影者のクレジット表記を外しちゃいました',
      'パンフレットの写真、出典？書いてないけどブログに載せといた',
    ]);
    allows(['出典は書いてないけど参考になったので紹介します']);
  });
  test('SNS-DELETE-04: dismissing copyright, reposting wholesale, pirated archives', () => {
    flags('SNS-DELETE-04', [
      '著作権とか知らんし、漫画の画像そのまま使ってる',
      '料理本のレシピ、写真ごと載せとくね',
      '旅行記のブログ、全部転載しときましたｗ',
      '最新刊まで全巻zipで持ってるよ、欲しい人にあげる',
      'Full scan of the textbook, no DRM, grab it here',
    ]);
    allows(['著作権について知らないことが多いので勉強中です']);
  });
  test("SNS-DELETE-04: other people's faces in collages, deepfakes and dating profiles", () => {
    flags('SNS-DELETE-04', [
      '記事の子の顔写真でコラ作ったから見て',
      '同僚の写真勝手に使ってマッチングアプリのアイコンにしたｗ',
    ]);
    notLabelled('SNS-DELETE-04', [
      'ディープフェイク作られて困ってます',
      '自分の写真をマッチングアプリのプロフに使ってます',
    ]);
  });
  test("SNS-DELETE-04: a brand's package copied for sale, handouts sold under one's own name", () => {
    flags('SNS-DELETE-04', [
      '有名店のロゴそっくりに作ったステッカー、フリマで出品中',
      '相談会の資料、自分の名前入れてnoteで販売してます',
      'この投稿の写真、うちの店のホームページに使わせてもらいました',
    ]);
    notLabelled('SNS-DELETE-04', [
      'ロゴのデザインを真似して作ってみたけど販売はしません',
      '自分で作ったセミナー資料を販売しています',
      'この投稿の写真、ホームページに使ってもいいですか？',
    ]);
  });
});

describe('SNS-DELETE-11', () => {
  test('SNS-DELETE-11: profiles, root certificates and side-loaded extensions', () => {
    flags('SNS-DELETE-11', [
      '相談の予約が取りやすくなる設定です。このプロファイルをインストールしてね',
      'Wi-Fiが速くなるのでこのルート証明書を入れてから使ってください',
      '求人が見やすくなる拡張、ストア未公開なのでデベロッパーモードをオンにして手動で入れて',
      'ブラクラ貼っとくわ',
    ]);
    allows(['ブラクラ注意、開かないで']);
  });
  test('SNS-DELETE-11: every permission granted, warnings clicked through, miracle apps', () => {
    flags('SNS-DELETE-11', [
      'このアプリ、連絡先とSMSの権限をすべて許可して使ってね',
      'ウイルス対策ソフトの警告が出ても無視して実行してね',
      '給付金がもらえるアプリです、ダウンロードして入力してね',
      'スマホが軽くなるアプリ、このリンクから入れてね→ speedup.example/app',
    ]);
    allows([
      'アプリの権限は必要なものだけ許可しましょう',
      'セキュリティの警告が出たら開かないでください',
      'スマホが軽くなるアプリ入れてみたら本当に速くなった',
      'apkファイルを入れるように言われたけど断りました',
    ]);
  });
});

describe('SNS-DELETE-03', () => {
  test('SNS-DELETE-03: dialect and veiled vote calls, petitions and political circles', () => {
    flags('SNS-DELETE-03', [
      '今度の選挙、与党は落とすべ。みんな野党に入れっぺ',
      '次の日曜が何の日か、わかってるよね？ #政権交代',
      '増税反対の請願書はこちらから印刷できます',
      '駅前で政治を語る会やります、立候補予定の方も来ます。学生大歓迎',
      '比例は〇〇党でお願いします',
    ]);
  });
  test('SNS-DELETE-03: proselytising in dialect and in gentle invitations', () => {
    flags('SNS-DELETE-03', [
      '信心しとったら仕事も見つかるけん、今度の集会に来んね',
      'ご本尊に手を合わせたら内定出たよ。座談会に来てや',
      'うちの教会で毎週お祈りの時間があります。ご興味あればぜひ',
      '魂が曇っているから内定が出ないのです。心を清めましょう',
      'あなたのために祈らせてください。日曜の礼拝でお待ちしています',
    ]);
  });
  test('SNS-DELETE-03: interview dates, management-track jobs, polling jobs and rejection mails', () => {
    allows([
      '面接の候補日、よろしくお願いします',
      '幹部候補の求人、応援してください',
      '衆院選の出口調査バイト、学生大歓迎です',
      'お祈りメールばっかりで心が折れそう',
      '請願書の書き方を教えてください',
      '甘党なので差し入れのお菓子よろしくです',
    ]);
  });
});
