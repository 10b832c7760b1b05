import { describe, test } from 'vitest';
import { expectFlagged as flags, expectNotLabelled as notLabelled } from './moderation-test-kit.ts';

// Round 3 vocabulary families for SNS-DELETE-01 and the hard negatives they must leave alone.
// Sentences written for these tests.

describe('SNS-DELETE-01 round 3', () => {
  test('SNS-DELETE-01: hijacked accounts, cracked passwords and probing a site are offences', () => {
    flags('SNS-DELETE-01', [
      '先輩のインスタ乗っ取って投稿消しといたった',
      'マンションの共用Wi-Fiのパスワード破ってずっと使ってる',
      '予約サイトのURLいじったら他の人の予約が見れた、やってみ',
      '応募フォームの脆弱性突いて管理画面入れたわ',
    ]);
    notLabelled('SNS-DELETE-01', [
      'LINEが乗っ取られたみたいです。どうすればいいですか？',
      'Wi-Fiのパスワードを忘れてしまったので受付で聞きました',
      '不正アクセスされたと警察に相談しました',
    ]);
  });

  test('SNS-DELETE-01: stolen bikes and goods taken from a venue are theft', () => {
    flags('SNS-DELETE-01', [
      'パクったチャリで毎日通ってるけど全然バレない',
      '説明会の忘れ物の財布、持ち帰ったけど誰も何も言ってこない',
      '駅で置き引きして小銭稼いでる',
    ]);
    notLabelled('SNS-DELETE-01', ['自転車を盗まれたので被害届を出しました', '忘れ物の傘を受付に届けました']);
  });

  test('SNS-DELETE-01: drink-driving, expired inspections and red lights boasted about are offences', () => {
    flags('SNS-DELETE-01', [
      '昼休みに缶チューハイ飲んでから運転して午後も配達してる',
      '車検切れたまま営業車乗ってるけど検問なんて来ない',
      '赤信号無視して配達件数かせいでる',
    ]);
    notLabelled('SNS-DELETE-01', [
      '飲酒運転は絶対にやめましょう。事故になります',
      '車検切れに気づいて慌てて整備工場に持っていきました',
      '信号無視の自転車にひかれそうになって怖かった',
    ]);
  });

  test('SNS-DELETE-01: sabotage of railways and roads, spiked drinks and hurting people are crimes', () => {
    flags('SNS-DELETE-01', [
      '暇だから線路に石置いて電車止めてみようぜ',
      '気に入らない同僚のお茶に洗剤入れとけばいい',
      '合コンで狙った子の飲み物に睡眠薬入れたら楽勝',
      '退職させてくれないなら店長をケガさせればいいんだよ',
      '当たり屋やろうぜ、配送車なら示談金出るし',
    ]);
    notLabelled('SNS-DELETE-01', [
      '置き石のニュースを見て怖くなりました',
      '洗剤を混ぜると有毒ガスが出るので注意してください',
      '睡眠薬は医師の指示どおりに飲んでいます',
    ]);
  });

  test('SNS-DELETE-01: hoax threats, fake reviews and sabotage bookings are offences', () => {
    flags('SNS-DELETE-01', [
      '合同説明会の会場に犯行予告出せば中止になるんじゃね',
      '落とされた会社に別垢で偽の口コミ書きまくった',
      '気に入らない奴の求職番号で相談の予約入れまくったった',
    ]);
    notLabelled('SNS-DELETE-01', [
      '嘘の口コミに騙されてブラック企業に入ってしまいました',
      '爆破予告のニュースで試験会場が変更になったそうです',
    ]);
  });

  test('SNS-DELETE-01: bribes, hidden assets, padded expenses and faked records are fraud', () => {
    flags('SNS-DELETE-01', [
      '採用担当に少し包めば受かる会社、紹介するよ',
      '差し押さえ前に預金は兄の名義に移しとけ',
      '面接の交通費は新幹線往復で申請して実際は高速バス、差額で飲みに行ける',
      '求職活動実績なんて適当でいい、行ったことにしとけばバレない',
      '研修期間って書けば最低賃金以下でも合法だからおすすめ',
    ]);
    notLabelled('SNS-DELETE-01', [
      '交通費の精算方法を窓口で教えてもらいました',
      '求職活動実績の書き方がわからないので相談したいです',
    ]);
  });

  test('SNS-DELETE-01: forged diplomas, underage drinking, casinos and betting are offences', () => {
    flags('SNS-DELETE-01', [
      '成績証明書も作ってくれる業者あるから学歴はいくらでも盛れる',
      '高校生だけどバイト先の飲み会でお酒飲んでる、店長も見て見ぬふり',
      '給料全部オンカジに入れたら増えた、お前らもオンカジやれ',
      'ワールドカップの勝敗で1口千円の賭けやってます、参加者募集',
    ]);
    notLabelled('SNS-DELETE-01', [
      'オンラインカジノは違法だと講座で教わりました',
      '卒業証明書の発行に一週間かかると大学に言われました',
    ]);
  });

  test('SNS-DELETE-01: coded drug sales, couriers, burglary tips and foreign-language lures', () => {
    flags('SNS-DELETE-01', [
      '🌿🍁あります、都内手渡し、量は応相談',
      '白い粉を運ぶだけで日給5万、やれる人募集',
      '封筒を受け取るだけの仕事、残り枠わずか',
      '検針の仕事してると留守宅の情報が集まるから、仲間に情報流せば金になる',
      '诚聘 高额日结 帮忙取快递 私聊',
      'Dear friend, I need your bank account to transfer my late husband fund',
    ]);
    notLabelled('SNS-DELETE-01', [
      '「荷物を受け取るだけ」という求人は危険信号だと教わりました',
      'ネズミ講じゃないかと不安になって相談しました',
      '意味深な投稿ですね。野菜の直売所の話ですか？',
    ]);
  });
});
