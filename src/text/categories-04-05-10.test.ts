import { describe, expect, test } from 'vitest';
import { ruleIds as rules, moderateOn as run } from './moderation-test-kit.ts';
import type { RuleId, Verdict } from './verdict.ts';

function expectFirst(text: string, ruleId: RuleId, account?: string): Verdict {
  const v = run(text, account);
  expect(rules(v)[0], text).toBe(ruleId);
  return v;
}
function expectClean(texts: string[], account?: string): void {
  for (const t of texts) expect(rules(run(t, account)), t).toEqual([]);
}

describe('SNS-DELETE-04 (copyright, trademark, portrait)', () => {
  test('SNS-DELETE-04: copying paid or official material and passing it on', () => {
    for (const t of [
      '有料の面接対策動画、画面録画したからみんなに配るわ',
      '市販のSPI問題集、全ページ写真に撮ってグループLINEで回してる',
      '就活本を丸ごとPDFにしたから欲しい人にメールで送るよ',
      '有料記事の本文、ここに全文貼っときます',
      '他人のブログの文章パクって自分のnoteに投稿しました',
      'ハロトレのテキストまるごとコピーしてブログに載せといた',
    ])
      expectFirst(t, 'SNS-DELETE-04');
  });

  test('SNS-DELETE-04: using characters, logos or brands without permission', () => {
    for (const t of [
      '人気アニメのキャラ勝手に使ってLINEスタンプ作って配ってる',
      '他の店のロゴを勝手に使ってチラシ作っちゃった',
    ])
      expectFirst(t, 'SNS-DELETE-04');
  });

  test('SNS-DELETE-04: someone else’s photo used without consent (portrait)', () => {
    for (const t of [
      '友達の写真を本人に無断でアイコンに使ってる',
      'ネットで拾った芸能人の写真を無断でプロフィール画像に使ってます',
      '公式の写真をラクマの商品ページに使ってます',
    ])
      expectFirst(t, 'SNS-DELETE-04');
  });

  test('SNS-DELETE-04: selling the infringing thing adds SNS-DELETE-05', () => {
    for (const t of [
      'サンリオのキャラ入りの名刺入れ作ったので1500円で売ります',
      'ディズニーのロゴ入りTシャツを自作したので販売します',
      '市販の教材を複製して販売中、定価の半額です',
    ]) {
      const v = run(t);
      expect(rules(v)[0], t).toBe('SNS-DELETE-04');
      expect(rules(v), t).toContain('SNS-DELETE-05');
    }
  });

  test('SNS-DELETE-04: questions, own material and ordinary mentions stay clean', () => {
    expectClean([
      '履歴書の写真、自分で撮ったものを使っても大丈夫ですか？',
      'セミナーの録画はありますか',
      '配布資料をダウンロードしました！わかりやすかったです',
      '写真撮影会で撮ってもらった写真を履歴書に使いました',
      'ロゴのデザイン素敵ですね、どなたが作ったんですか',
      '写真は無断で使わないでくださいね',
      '勝手に心配してます、がんばってください',
      '自分で作ったキャラクターのスタンプを販売してます',
      'キャラクターグッズを売る会社の求人ありますか',
    ]);
    expectClean(['自分で撮った商品写真をメルカリに出品してます'], 'coop');
  });
});

describe('SNS-DELETE-05 (advertising, solicitation)', () => {
  test('SNS-DELETE-05: money pitches disguised as testimony', () => {
    for (const t of [
      '副業で月5万稼げた方法、気になる人はフォローしてね',
      'コメントに「知りたい」って書いてくれた人にだけ教えます',
      '主婦でもできた在宅ワーク、気になる方はコメントに「詳細」と書いて',
      '半信半疑で始めたけど今では毎月30万の収入。気になる人はDMください',
      'ブログ収益化で月8万達成！やり方はプロフのリンクから見てね',
    ])
      expectFirst(t, 'SNS-DELETE-05');
  });

  test('SNS-DELETE-05: selling followers, likes and reviews', () => {
    for (const t of [
      'フォロワー買えるサイトある、1万人で3000円',
      'Instagramのいいね購入なら当店へ、100いいね300円',
      'Googleマップの高評価レビュー代行します',
      'Twitterのフォロワー販売してます、日本人フォロワーも対応',
    ])
      expectFirst(t, 'SNS-DELETE-05');
  });

  test('SNS-DELETE-05: paid services with a price, a shop or a contact', () => {
    for (const t of [
      '履歴書添削します、1件2000円〜',
      '面接練習のお手伝いします。30分1500円、お気軽にどうぞ',
      '面接対策の個別コンサル、1回5000円で受付中',
      'うちのサロンで就活メイク、今なら初回半額です',
      '就活スーツならうちの店で！今なら20%オフ',
    ])
      expectFirst(t, 'SNS-DELETE-05');
  });

  test('SNS-DELETE-05: a phone number offered for a service is solicitation', () => {
    const v = run('退職代行サービスやってます。ご依頼は 080-2222-3333 まで', 'hellowork');
    expect(rules(v)).toContain('SNS-DELETE-05');
  });

  test('SNS-DELETE-05: questions, thanks and real testimony stay clean', () => {
    expectClean([
      '副業の相談はできますか？',
      '履歴書の添削をお願いしたいです',
      '面接練習をお手伝いしてもらえて助かりました',
      'このセミナーで人生変わりました、本当にありがとうございました',
      '人生変わりました！ジョブカフェのおかげで内定もらえました',
      '気になる人は参加してみてください、すごく良かったです',
      '口コミを見て来ました',
      'オンライン相談の予約は何日前からできますか',
    ]);
    expectClean(
      ['月15万くらいの求人ってありますか', '退職代行って使っても大丈夫なんでしょうか'],
      'hellowork',
    );
    expectClean(['生協の商品、半額セールの日はいつですか？'], 'coop');
  });
});

describe('SNS-DELETE-10 (impersonation)', () => {
  test('SNS-DELETE-10: claiming to speak for a public body or the service', () => {
    const cases: Array<[string, string]> = [
      ['ジョブカフェの者ですが、面接の日程変更のためこちらのアカウントに連絡ください', 'jobcafe'],
      ['ハローワークの者ですが、求人のご案内があります', 'hellowork'],
      ['市役所の者です。就労支援の助成金についてご案内します', 'hellowork'],
      ['労働局の担当の者ですが、こちらのフォームから申請してください', 'hellowork'],
      ['ハローワーク見本の職員でございます。求人の詳細は下記アドレスまで', 'hellowork'],
      ['みほん生協の者です。組合員限定のプレゼントがあります', 'coop'],
      ['公式サポートです。あなたのアカウントは規約違反のため停止予定です', 'jobcafe'],
    ];
    for (const [t, account] of cases) expectFirst(t, 'SNS-DELETE-10', account);
  });

  test('SNS-DELETE-10: a LINE ID or handle dressed up as the account’s', () => {
    expectFirst('公式LINEが変わりました。新しいIDは jobcafe_official です', 'SNS-DELETE-10');
    expectFirst(
      '相談窓口です。アプリ更新のため LINE ID: careerdesk_support を追加してください',
      'SNS-DELETE-10',
      'desk',
    );
  });

  test('SNS-DELETE-10: an impersonator asking for money or a card number is also SNS-DELETE-01', () => {
    for (const [t, account] of [
      ['厚生労働省の者です。給付金の受け取りにはカード番号の入力が必要です', 'hellowork'],
      ['ジョブカフェ公式サポートです。登録料1000円をお振込みください', 'jobcafe'],
      ['生協本部 経理担当の者です。お名前とカード番号をご記入ください', 'coop'],
    ] as const) {
      const v = expectFirst(t, 'SNS-DELETE-10', account);
      expect(rules(v), t).toContain('SNS-DELETE-01');
    }
  });

  test('SNS-DELETE-10: asking whether an account is official is not impersonation', () => {
    expectClean([
      'このアカウントは公式ですか？',
      'このアカウントって本当に公式なんですか？',
      '公式です！って書いてるアカウントからDM来たけど怪しい',
      '公式LINEから予約できますか？',
      '担当の方はどなたですか',
      '運営の方、いつもありがとうございます',
      '初めまして、山田と申します。よろしくお願いします',
    ]);
    expectClean(
      [
        'ハローワークの職員さんに相談しました',
        '市役所の職員さんに紹介されて来ました',
        '厚生労働省のサイトで調べました',
      ],
      'hellowork',
    );
  });
});
