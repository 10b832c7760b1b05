import { describe, expect, test } from 'vitest';
import { moderateFully, moderateOn, ruleIds as rules, moderateOn as run } from './moderation-test-kit.ts';
import type { RuleId } from './verdict.ts';

/** Both pipelines agree (the fast path may only skip what cannot fire). */
function agree(text: string, account: string, post: string): void {
  const a = moderateOn(text, account, post).labels.map((l) => [l.ruleId, l.score]);
  const b = moderateFully(text, account, post).labels.map((l) => [l.ruleId, l.score]);
  expect(a, text).toEqual(b);
}
function expectFlags(ruleId: RuleId, cases: Array<[string, string?]>): void {
  for (const [text, account] of cases) expect(rules(run(text, account)), text).toContain(ruleId);
}
function expectNot(ruleId: RuleId, cases: Array<[string, string?]>): void {
  for (const [text, account] of cases) expect(rules(run(text, account)), text).not.toContain(ruleId);
}

describe('SNS-DELETE-08 false information and rumours', () => {
  test('SNS-DELETE-08: hearsay that the service passes users’ data to employers, schools or family', () => {
    expectFlags('SNS-DELETE-08', [
      ['ここで話した内容、そのまま学校に筒抜けなんだって'],
      ['窓口で相談すると勤務先に連絡がいくってうわさ', 'desk'],
      ['給付を受けたら転職先に通知が行くってさ', 'hellowork'],
      ['登録した人の名簿は企業に渡されてるらしいよ'],
    ]);
  });

  test('SNS-DELETE-08: hearsay about hidden fees for a free service', () => {
    expectFlags('SNS-DELETE-08', [
      ['無料って言いながら、終わったあと受講料を請求されるってよ'],
      ['カウンセリングは最初だけで、あとから有料になるって先輩から聞いた'],
    ]);
  });

  test('SNS-DELETE-08: product-safety rumours (carcinogens, recalls, false origin)', () => {
    expectFlags('SNS-DELETE-08', [
      ['宅配のパンに発がん性のある成分が入ってるって噂', 'coop'],
      ['今週の冷凍食品、全部自主回収されるらしい', 'coop'],
      ['ここの豚肉、産地を偽ってるって近所の人が言ってた', 'coop'],
    ]);
  });

  test('SNS-DELETE-08: hearsay that the organisation’s own listings are crime', () => {
    expectFlags('SNS-DELETE-08', [['ここの求人って大半が闇バイトだって知り合いが言ってた', 'hellowork']]);
  });

  test('SNS-DELETE-08: an opening claim against the published closures (facts.closures)', () => {
    expectFlags('SNS-DELETE-08', [
      ['年末年始もふつうに開いてるってスタッフが言ってたよ'],
      ['12/30も開館してるらしいから行ってみる'],
    ]);
    agree('年末年始もふつうに開いてるってスタッフが言ってたよ', 'jobcafe', 'Instagram: 休館のお知らせ');
  });

  test('SNS-DELETE-08: sincere questions and first-hand or correct statements stay acceptable', () => {
    expectNot('SNS-DELETE-08', [
      ['相談した内容が勤務先に伝わることはありますか？', 'desk'],
      ['撮影会のあとで料金を請求されることってありますか？'],
      ['牛乳が回収されるって本当ですか？', 'coop'],
      ['年末年始は何日から休館ですか？'],
      ['年末は28日まで開いてるみたいなので、その日に行きます'],
      ['1月4日から開館なんですね。4日に行きます'],
      ['闇バイトの求人がSNSで増えてるらしいので気をつけます', 'hellowork'],
      ['カウンセラーさんが企業に連絡してくれるらしいです。ありがたい'],
    ]);
  });
});

describe('SNS-DELETE-13 altering the account’s own content', () => {
  test('SNS-DELETE-13: saying one rewrote, swapped or edited the account’s notice, image or logo', () => {
    expectFlags('SNS-DELETE-13', [
      ['セミナーの告知、日付だけ書き換えてストーリーに上げといたw'],
      ['生協のチラシの値段のところ、半額に変えて友達に回した', 'coop'],
      ['公式のロゴを加工して自分のアイコンに使ってる'],
      ['メンテナンスのお知らせの時間を差し替えてグループに流しといた', 'desk'],
      ['インタビュー動画のテロップを勝手に書き換えてやった'],
    ]);
  });

  test('SNS-DELETE-13: a near-copy of a recent official post with changed dates or numbers', () => {
    const v = run(
      '【年末年始の休館について】ジョブカフェ見本は12月26日（土）から1月6日（水）まで休館いたします。ジョブカフェ見本',
    );
    expect(rules(v)).toContain('SNS-DELETE-13');
    expect(
      rules(run('【親子料理教室 参加者募集】9月13日（日）、定員50組、参加費無料です。みほん生協', 'coop')),
    ).toContain('SNS-DELETE-13');
    agree(
      '【親子料理教室 参加者募集】9月13日（日）、定員50組、参加費無料です。みほん生協',
      'coop',
      'Instagram: 料理教室',
    );
  });

  test('SNS-DELETE-13: an unchanged copy, a report of someone else’s alteration and own documents are not 13', () => {
    expectNot('SNS-DELETE-13', [
      [
        '【年末年始の休館について】ジョブカフェ見本は12月29日（火）から1月3日（日）まで休館いたします。ジョブカフェ見本',
      ],
      ['公式の告知画像を加工した偽の投稿が出回っています。気をつけてください'],
      [
        '注意喚起の画像が書き換えられて拡散されてるみたいです。本物はこのアカウントだけですよね？',
        'hellowork',
      ],
      ['履歴書の日付を書き換えるのを忘れてました'],
      ['レシピの分量を2倍に変えて作ってみました！', 'coop'],
      ['面接の日程を変えてもらえました。ありがとうございます', 'hellowork'],
      ['12月29日から1月3日までお休みなんですね。1月5日に行きます'],
    ]);
  });
});

describe('SNS-DELETE-14 unrelated to the account', () => {
  test('SNS-DELETE-14: keyboard mashing with punctuation', () => {
    expectFlags('SNS-DELETE-14', [['asdfghjkl;', 'coop'], ['ｚｘｃｖｂｎｍ，，', 'hellowork'], ['ふじこlp']]);
    agree('asdfghjkl;', 'coop', 'Instagram: 商品のお知らせ');
  });

  test('SNS-DELETE-14: a bare test message is off-topic in public but not on the desk', () => {
    expect(rules(run('テスト', 'hellowork', 'X: 求人の紹介'))).toContain('SNS-DELETE-14');
    for (const text of ['テスト', 'test', 'テスト送信です'])
      expect(rules(run(text, 'desk', 'LINE: 1対1の相談チャット')), text).toEqual([]);
    agree('テスト', 'desk', 'LINE: 1対1の相談チャット');
  });

  test('SNS-DELETE-14: mealtime chatter with none of the account’s topics', () => {
    expectFlags('SNS-DELETE-14', [['今日の夜ごはんはカレーにした']]);
    expectNot('SNS-DELETE-14', [['qwerty配列のキーボードで履歴書を作りました']]);
  });
});

describe('SNS-DELETE-15 other inappropriate content and links to it', () => {
  test('SNS-DELETE-15: threatening to expose or punish if moderated (coercion)', () => {
    expectFlags('SNS-DELETE-15', [
      ['この書き込み削除したら、対応の記録を全部ネットに書くからな', 'hellowork'],
      ['ブロックするなら本部に言って担当辞めさせるよ'],
      ['非表示にしたら別のアカで10倍書き込むから', 'coop'],
    ]);
  });

  test('SNS-DELETE-15: calls to flood the comments or recruit trolls (brigading)', () => {
    expectFlags('SNS-DELETE-15', [
      ['みんなでここのコメ欄埋めようぜ'],
      ['今夜一斉に書き込もう、1人100コメな', 'hellowork'],
      ['ここのページに星1つけまくろうぜ', 'coop'],
      ['荒らし仲間募集してます、ここ荒らそうぜ'],
    ]);
  });

  test('SNS-DELETE-15: fixation on a staff member (watching, asking where they live)', () => {
    expectFlags('SNS-DELETE-15', [
      ['受付のお姉さん、家どこなんだろう。今度あとをつけてみる', 'hellowork'],
      ['カウンセラーさん、ずっと見てるよ。返事して'],
      ['配達の人、今日の服似合ってたね。明日も見に行くね', 'coop'],
    ]);
  });

  test('SNS-DELETE-15: links to doxxing pages or suicide-method pages', () => {
    expectFlags('SNS-DELETE-15', [
      ['あの職員の住所と顔写真が載ってる掲示板あるよ→ bbs.example.net/x', 'hellowork'],
      ['面接官の自宅の写真あるブログ見つけた、リンク貼っとく'],
      ['確実に死ねる方法書いてあるページ貼っとく'],
    ]);
  });

  test('SNS-DELETE-15: reports, fans and support pages stay acceptable', () => {
    expectNot('SNS-DELETE-15', [
      ['消したら晒すって脅されました。どうしたらいいですか'],
      ['いつも投稿見てます！参考になります、ありがとうございます'],
      ['インスタずっと見てます。就活がんばります'],
      ['毎日ハロワに通ってます。明日も行くよ！', 'hellowork'],
      ['自殺防止の相談窓口のサイトはこちらです', 'coop'],
      ['コメント欄がスパムで埋め尽くされてて見づらいです', 'hellowork'],
      ['ブロックしたら相手に通知されますか？', 'hellowork'],
      ['面接で「彼氏いるの？」って聞かれました。普通ですか？', 'desk'],
      ['応募書類には住所と名前を書いて写真を貼ってください'],
      ['ノルマなしの仕事を探しています', 'hellowork'],
    ]);
  });
});
