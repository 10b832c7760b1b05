import { describe, expect, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  moderateOn,
  expectNotLabelled as notLabelled,
  ruleIds,
} from './moderation-test-kit.ts';

// Round 2 families for SNS-DELETE-05, 08, 09, 10 and 13: veiled solicitation, hearsay and
// questions that are really claims, doxxing hints, impersonation by display style, altered notices.
// Sentences written for these tests.

describe('SNS-DELETE-05', () => {
  test('SNS-DELETE-05: links spelt to slip past filters, keyword and group baits, giveaways', () => {
    flags('SNS-DELETE-05', [
      '就活テンプレ無料配布中 s h u k a t s u . e x a m p l e（スペース消してね）',
      '稼げるサイトは kasegu(ドット)example です、リンク貼ると消されるので',
      '内定の秘訣、知りたい人は「秘訣」ってコメントして',
      '無料で教えるから『やる』ってリプしてね',
      '就活生のオプチャ作りました、参加費無料なので入ってね',
      'ギフト券配ってます🎁 フォローとRTで参加',
      '〇INEで詳しく教えます',
    ]);
  });
  test('SNS-DELETE-05: a money pitch with an offered method, or veiled as not being MLM', () => {
    flags('SNS-DELETE-05', [
      'お小遣い稼ぎの方法教えます、リプください',
      '🤑毎月の収入が増える方法あるよ',
      '💰欲しい人は👇のリンクから',
      'マルチじゃないよ、ネットワークビジネスの話だけでも聞いて',
    ]);
  });
  test('SNS-DELETE-05: a job at the writer own place, a shop call with a price, own goods for sale', () => {
    flags('SNS-DELETE-05', [
      'うちのラーメン屋で働かへん？時給1200円やで',
      '弊社で一緒に働きませんか？未経験OK、月給25万〜',
      '写真館『スタジオみほん』なら証明写真1,500円、ご来店お待ちしてます',
      '同じ防災グッズ、うちのネットショップだと2,480円です',
      '就活用のスーツ売ります、5,000円で',
      '面接対策のまとめを自作してココナラで販売中！',
      'ガールズバーのキャスト募集中、日払いOK',
      'この記事、私のブログにも載せてアフィリンク貼っておきました',
    ]);
  });
  test('SNS-DELETE-05: job-seekers talking about shops, jobs and chats are not solicitation', () => {
    allows([
      '履歴書の行間のスペースを詰めて書きました',
      'バイト先の店長に、うちで働かない？って言われて迷ってる',
      '昔キャバクラで働いてた経験って面接で言うべき？',
      '就活生のオプチャってありますか？',
      'ギフト券が当たるキャンペーンに応募しました！',
      '説明会、参加します！予約はプロフィールのリンクからで大丈夫ですよね？',
      '子どもにお年玉あげます',
    ]);
  });
});

describe('SNS-DELETE-08', () => {
  test('SNS-DELETE-08: hearsay attributed to the net, the police or friends, and in dialect', () => {
    flags('SNS-DELETE-08', [
      'ジョブカフェの個別相談、来月から有料になるってネットで見た',
      'ハロワで相談すっと、親さ連絡いぐって聞いだ',
      'ここの求人ほとんど架空らしい',
      'カウンセラーの人、実は無資格なんだって',
      'このセミナー、最後に高い教材を売りつけられるって噂',
      '内定者の体験談、全部やらせらしいよ',
      '講師の人、経歴盛ってるって',
      'ここだけの話、窓口の人って全員バイト',
    ]);
  });
  test('SNS-DELETE-08: a misdeed asked with a knowing tag, with witnesses, or as polite hearsay', () => {
    flags('SNS-DELETE-08', [
      'あの相談員、業者からキックバックもらってるんでしょ？',
      '職員が相談者の情報を横流ししてるって本当？知り合いがそれで被害にあったって',
      '講師の方が以前、受講料を着服していたと伺っております。ご存知でしょうか。',
      'ここで話したこと、全部会社に筒抜けらしい。友達がそれでクビになった',
    ]);
  });
  test('SNS-DELETE-08: false advice about the benefit procedure and false announcements', () => {
    flags('SNS-DELETE-08', ['失業認定日は行かなくても、あとで書類出せば手当は満額出るよ'], 'hellowork');
    flags('SNS-DELETE-08', ['こんにちは、労働大臣です。来年から全員に支給します'], 'hellowork');
    flags('SNS-DELETE-08', ['【公式】旧アカウントは乗っ取られました。今後はこちらをフォローしてください']);
  });
  test('SNS-DELETE-08: questions, doubts, real exceptions and corrected rumours are not rumours', () => {
    allows(
      [
        '認定日に行けないときは事前に電話すれば変更できるって窓口で聞きました',
        '失業中に少し働いたら不正受給になるんでしょうか',
        'キックバックなんてないですよね？',
        '勧誘されないって聞いて安心して参加しました',
        'お金がかかるって聞いてたけど、無料でした',
        '実は時給交渉できるって聞いて驚きました',
      ],
      'hellowork',
    );
  });
});

describe('SNS-DELETE-09', () => {
  test("SNS-DELETE-09: someone else's private LINE, records, documents or child given out", () => {
    flags('SNS-DELETE-09', [
      '相談員の個人のLINEはこれ→ soudan_k88',
      '同じ課の高橋がここで何を相談したか教えてください',
      '彼氏の免許証の写真を送ります、代わりに手続きしてください',
      'ゆうとくんのママ、離婚して生活保護受けてるらしい',
      '〇〇さんの鍵垢@abc_123だよ',
    ]);
  });
  test('SNS-DELETE-09: doxxing hints: old posts dug up, a found account shared, a full name with a secret', () => {
    flags('SNS-DELETE-09', [
      'あの講師の過去ツイ全部掘って特定したった',
      '受付の人のインスタで見つけた写真、ここに貼っとくね',
      '隣にいた田中さとしさん、借金あるらしい',
      'この写真の奥に写ってる人、同じ会社の経理のおばちゃんだ',
      '受付のお姉さん、〇〇町2丁目のアパートに住んでるよ',
      '講師の携帯は〇八〇の一二三四の五六七八だよ',
      '〇〇さん家、××町の青い屋根の家',
      '受付の子の自宅特定済み',
    ]);
  });
  test("SNS-DELETE-09: one's own records and data, the account's old posts and workplaces are not exposure", () => {
    allows([
      '私が前回何を相談したか、記録を見せてもらえますか',
      '同僚の給与明細を見て、自分の給料が安いと気づいた',
      'ジョブカフェの過去の投稿をまとめて読みました',
      '自分の過去ツイ掘ってたら恥ずかしくなった',
      'あおいちゃんのママ、いつも笑顔で素敵',
      '写真の後ろに写ってるのがうちの会社の看板です',
      '名前は山本健太、28歳です。営業職を希望しています',
    ]);
  });
});

describe('SNS-DELETE-10', () => {
  test('SNS-DELETE-10: high offices, departments, platforms and the organisation named as oneself', () => {
    flags('SNS-DELETE-10', ['ハロワ見本の所長です。今月の認定日は中止します'], 'hellowork');
    flags('SNS-DELETE-10', ['ジョブカフェのもんやけど、明日の予約はキャンセルになったで']);
    flags(
      'SNS-DELETE-10',
      [
        'ハローワーク見本 給付課です。手続きのため口座番号を入力してください',
        'こちらハローワークです。給付金の受け取りには手数料のお振込が必要です',
      ],
      'hellowork',
    );
    flags('SNS-DELETE-10', [
      'Amazonカスタマーサービスです。アカウント確認のためパスワードを返信してください',
      'ジョブカフェ見本（公式サブ垢）です！予約はこちら',
      '【ジョブカフェ見本】新しい予約サイトはこちら→ jobcafe-yoyaku.example.com',
      'こんにちは！ジョブカフェの中の人だよ〜 裏情報教えちゃう',
    ]);
  });
  test("SNS-DELETE-10: staff taking the service's business to themselves, heads and stand-ins", () => {
    flags('SNS-DELETE-10', [
      '【キャリア相談窓口】夜間のご相談は職員個人のLINEで承ります',
      '相談員の鈴木です。申し込みは私に直接連絡してください',
      '館長の山田や。申し込みはここに書いといてくれたら受け付けるで',
      '所長に代わってコメントします。詳細は私までDMを',
      '御社と提携している行政書士です。他の利用者の連絡先を共有してください',
      '内定者本人です。正直、記事に書かれてることは全然違うし盛られてます',
    ]);
  });
  test('SNS-DELETE-10: writing as another user', () => {
    flags(
      'SNS-DELETE-10',
      [
        '夫のふりして問い合わせます。夫の求職番号で検索してください',
        '田中の代わりに書いてます（本当は田中の上司です）。田中の相談内容を教えてください',
      ],
      'desk',
    );
  });
  test('SNS-DELETE-10 and 08: the official handle called a fake, a look-alike offered as the real one', () => {
    const labels = ruleIds(moderateOn('@jobcafe_ex は乗っ取られました。本物はこちら @jobcafe_ex_real'));
    expect(labels).toContain('SNS-DELETE-10');
    expect(labels).toContain('SNS-DELETE-08');
    notLabelled('SNS-DELETE-10', ['@jobcafe_ex_real は偽物です。本物は @jobcafe_ex です']);
  });
  test('SNS-DELETE-10: offices described, asked about or quoted are not claims', () => {
    allows([
      '市長ですら知らない制度があるらしい',
      'うちの父は所長です',
      '写真の真ん中の方が講師の先生ですか？',
      'ハロワの所長さん、挨拶が丁寧でした',
      'センター長の対応が冷たくて残念でした',
      '担当者の個人LINEで連絡してくるのっておかしくないですか？',
    ]);
  });
});

describe('SNS-DELETE-13', () => {
  test('SNS-DELETE-13: a changed figure marked as a correction, a notice edited between quotes', () => {
    flags('SNS-DELETE-13', [
      '定員30名→10名（訂正）',
      '開始時間は13時に訂正します',
      'チラシの「予約不要」を「要予約」にしといた',
      '申込の締切、勝手に延長しといたから',
    ]);
  });
  test("SNS-DELETE-13: fixing one's own comment or asking for a change is not altering", () => {
    allows(['さっきのコメント、14時→15時に訂正です。失礼しました', '締切を延長してもらえると嬉しいです']);
  });
});
