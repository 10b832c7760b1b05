import { beforeAll, describe, expect, test } from 'vitest';
import { withDefaults } from './context.ts';
import { createModerationEngine, type ModerationEngine } from './engine.ts';
import { contextForRow } from './evaluation.ts';
import type { RuleId, Verdict } from './verdict.ts';

let engine: ModerationEngine;
beforeAll(() => {
  engine = createModerationEngine();
});

function run(text: string, account = 'jobcafe', post = 'Instagram: イベントの告知'): Verdict {
  return engine.moderate({ text, context: contextForRow({ id: 't', text, labels: [], account, post }) });
}
function rules(v: Verdict): RuleId[] {
  return v.labels.map((l) => l.ruleId);
}

describe('each deletion category has a detector', () => {
  const cases: Array<[RuleId, string, string?]> = [
    ['SNS-DELETE-01', '口座を売ってくれたら1件2万円。詳細はテレグラムで'],
    ['SNS-DELETE-02', 'ここの窓口の職員は全員無能。税金泥棒'],
    ['SNS-DELETE-03', '次の市長選は△△候補に清き一票をお願いします'],
    ['SNS-DELETE-04', '有料講座の動画、流出版を持ってるので欲しい人にあげます'],
    ['SNS-DELETE-05', '在宅で月30万稼げる副業あります。詳しくはプロフのリンクから'],
    ['SNS-DELETE-06', '障害者を雇うのは会社の負担でしかない'],
    ['SNS-DELETE-07', '明日の説明会の会場に爆弾しかけたからな'],
    ['SNS-DELETE-08', 'ここの相談、来月から有料になるって決まったらしい'],
    ['SNS-DELETE-09', '受付の中島さんの携帯は090-0000-4455だよ'],
    ['SNS-DELETE-10', '【公式】ジョブカフェ運営事務局です。当選者はパスワードをDMで送ってください'],
    ['SNS-DELETE-11', '面接アプリはこちらから https://app.example.net/mensetsu.apk'],
    ['SNS-DELETE-12', 'ｾｯｸｽしたい人いる？'],
    ['SNS-DELETE-13', '公式の告知画像、日付を書き換えてシェアしておきました'],
    ['SNS-DELETE-14', 'ｗｗｗｗｗｗｗｗｗｗ'],
    ['SNS-DELETE-15', 'このアカウントを炎上させようぜ。毎日100件コメントしよう'],
  ];
  for (const [ruleId, text] of cases) {
    test(`${ruleId}: flags a typical comment`, () => {
      const v = run(text);
      expect(rules(v)).toContain(ruleId);
      expect(v.action).not.toBe('allow');
    });
  }
});

describe('evasion keeps the verdict', () => {
  test('SNS-DELETE-07: 死ね and its evasions', () => {
    for (const t of [
      '死ね',
      'し ね',
      '死.ね',
      'ｼﾈ',
      '氏ね',
      '4ね',
      '〇ね',
      'ﾀﾋね',
      's.h.i.n.e',
      '死\u200bね',
      'ころすぞ',
      'ｺﾛｽ',
      '◯すぞ',
    ]) {
      expect(rules(run(t)), t).toContain('SNS-DELETE-07');
    }
  });
  test('SNS-DELETE-02: romaji, dotted and half-width insults', () => {
    for (const t of ['k.a.s.u 職員', 'ｶｽ職員', 'ばーーーか 役 立 た ず', 'kono shokuin kasu']) {
      expect(rules(run(t)), t).toContain('SNS-DELETE-02');
    }
  });
  test('SNS-DELETE-05: LINE IDs in evasive spellings', () => {
    for (const t of [
      'ﾗｲﾝ @okane_ex 追加してね',
      'L!NE → @kasegu_ex',
      'ら い ん ID → m o u k a r u 9 9',
      'Ｌ Ｉ Ｎ Ｅ で連絡ください ｈｉｍａ＿ｅｘ',
    ]) {
      expect(rules(run(t)), t).toContain('SNS-DELETE-05');
    }
  });
  test('SNS-DELETE-12: masked obscenity', () => {
    for (const t of ['S〇Xしたい', 'ち●こ', 'm.a.n.k.o']) expect(rules(run(t)), t).toContain('SNS-DELETE-12');
  });
});

describe('hard negatives are not flagged', () => {
  const ok = [
    '死ぬほど緊張したけど面接うまくいきました',
    '繁忙期でクソ忙しいけど説明会には行きます',
    'このケーキ美味しすぎて死ねる',
    '殺人的な暑さの中お疲れさまでした',
    '上司に「死ね」と言われました。相談できますか',
    '予約が全然取れません。枠を増やしてほしいです',
    '職員の対応が遅くて1時間待ちました。改善してください',
    '選挙の投票所で働くアルバイトはありますか',
    '宗教上の理由で金曜は働けませんが、求人ありますか',
    '外国籍でも相談できますか？',
    'ハラール対応の社員食堂がある会社を探しています',
    '問い合わせはジョブカフェの代表 03-0000-1234 へ',
    'アイスブレイクが楽しかったです',
    '合同説明会のブース、もっと増やしてほしい',
    'オンラインで参加できますか？',
    '闇バイトの見分け方を教えてください',
  ];
  for (const text of ok) {
    test(`allows: ${text}`, () => {
      const v = run(text);
      expect(rules(v)).toEqual([]);
      expect(v.action).toBe('allow');
    });
  }
  test('SNS-DELETE-08: asking whether a rumour is true is not spreading it, even when the model leans to 08', () => {
    const text = 'ジョブカフェって政治団体がやってるって聞いたんですが本当ですか？参加前に知りたいです';
    expect(rules(run(text))).toEqual([]);
  });
  test('SNS-DELETE-01: the pay words of an ordinary job search are not a dark-job lure', () => {
    for (const text of [
      '日払いOKで日給1万円以上の求人を探しています。安全な職場がいいです',
      '前の職場は日当が手渡しで、報酬も高額だったけど残業ばかりでした',
      '日給制の案件ばかりで不安。1件あたりの報酬が低すぎる',
    ])
      expect(rules(run(text, 'hellowork')), text).toEqual([]);
    expect(rules(run('受け取るだけの簡単なお仕事、日給5万、即金です', 'hellowork'))).toContain(
      'SNS-DELETE-01',
    );
  });
  test('SNS-DELETE-09: praising a regular visitor names a routine without exposing it; a named sighting is exposure', () => {
    expect(rules(run('配達の方がいつも笑顔で、毎週来てくれるのが楽しみです', 'coop'))).toEqual([]);
    expect(rules(run('受付の田中さん、毎朝8時に駅の北口にいるよね'))).toContain('SNS-DELETE-09');
  });
  test('distress about oneself is kept and routed to a person, not SNS-DELETE-07', () => {
    const v = run('もう消えたいって思うことがあります', 'desk', 'LINE: 1対1の相談チャット');
    expect(rules(v)).not.toContain('SNS-DELETE-07');
    expect(v.care).toBe(true);
  });
  test('a report of self-harm or of being at the end of one’s rope is routed to a person too', () => {
    for (const text of [
      '昨日の夜、手首を切ってしまいました',
      '薬を大量に飲んでしまって、今ふらふらです',
      'ずっと一人で抱えていて、誰にも相談できなくて限界です',
      '仕事が決まらなくて毎日泣いてばかりです',
    ]) {
      const v = run(text, 'desk', 'LINE: 1対1の相談チャット');
      expect(v.care, text).toBe(true);
      expect(v.action, text).toBe('review');
    }
    expect(run('この仕事量はさすがに無理ｗ', 'desk', 'LINE: 1対1の相談チャット').care).toBe(false);
  });
});

describe('context', () => {
  test("SNS-DELETE-09: the user's own number sent to the desk on request is allowed", () => {
    const v = run('折り返しは080-0000-2323にお願いします', 'desk', 'LINE: 専門家からの折り返し連絡先の確認');
    expect(rules(v)).toEqual([]);
  });
  test("SNS-DELETE-09: someone else's phone number is flagged", () => {
    const v = run('講師の先生の自宅の番号、03-0000-8877らしいよ', 'hellowork');
    expect(rules(v)).toContain('SNS-DELETE-09');
    const span = v.labels.find((l) => l.ruleId === 'SNS-DELETE-09')!.spans[0]!;
    expect(span.text).toBe('03-0000-8877');
  });
  test("SNS-DELETE-05: the desk's own LINE ID is allowed, another ID is solicitation", () => {
    expect(rules(run('LINE @careerdesk_ex で追加しました', 'desk', 'LINE: 配信'))).toEqual([]);
    expect(rules(run('LINE @kasegu_ex で追加してね', 'desk', 'LINE: 配信'))).toContain('SNS-DELETE-05');
  });
  test('SNS-DELETE-09: the official number in full-width digits is allowed', () => {
    expect(rules(run('電話は０３－００００－１２３４です'))).toEqual([]);
  });
  test('SNS-DELETE-10: a look-alike of the official domain is impersonation', () => {
    const v = run('公式です。こちらでログインしてください https://jobcafe-login.example.com/');
    expect(rules(v)).toContain('SNS-DELETE-10');
  });
  test('SNS-DELETE-10: an author name confusable with the official name', () => {
    const context = contextForRow({ id: 't', text: '', labels: [], account: 'jobcafe' });
    const v = engine.moderate({
      text: '当選おめでとうございます。賞品の発送先を教えてください',
      context,
      authorName: 'ジョブカフェ見本 公式',
    });
    expect(rules(v)).toContain('SNS-DELETE-10');
  });
  test('SNS-DELETE-13: a near-duplicate of an official post with a changed date', () => {
    const context = withDefaults({
      tenantId: 't',
      officialPosts: ['合同企業説明会を6月22日(土)10時から見本市民ホールで開催します。参加無料です。'],
    });
    const altered = engine.moderate({
      text: '合同企業説明会を6月29日(土)10時から見本市民ホールで開催します。参加無料です。',
      context,
    });
    expect(rules(altered)).toContain('SNS-DELETE-13');
    const shared = engine.moderate({
      text: '合同企業説明会を6月22日(土)10時から見本市民ホールで開催します。参加無料です。',
      context,
    });
    expect(rules(shared)).not.toContain('SNS-DELETE-13');
  });
  test('SNS-DELETE-14 and SNS-DELETE-08 are never hidden automatically, only reviewed', () => {
    expect(run('ｗｗｗｗｗｗｗｗｗｗ').action).toBe('review');
    expect(run('ここの相談、来月から有料になるって決まったらしい').action).toBe('review');
  });
  test('tenants add their own terms as data', () => {
    const context = withDefaults({
      tenantId: 't',
      extraTerms: [{ term: 'ぼったくり生協', ruleId: 'SNS-DELETE-02' }],
    });
    expect(rules(engine.moderate({ text: 'ここはボッタクリ生協', context }))).toContain('SNS-DELETE-02');
    expect(
      rules(engine.moderate({ text: 'ここはボッタクリ生協', context: withDefaults({ tenantId: 'u' }) })),
    ).toEqual([]);
  });
  test('a rule not in the policy version in force is not reported', () => {
    const context = withDefaults({ tenantId: 't', ruleSet: ['SNS-DELETE-02'] });
    expect(rules(engine.moderate({ text: 'ｗｗｗｗｗｗｗｗｗｗ', context }))).toEqual([]);
  });
});

describe('verdict shape and bad input', () => {
  test('carries the policy version and rule IDs', () => {
    const v = run('死ね');
    expect(v.policyVersion).toBe('jobcafe-sns-policy-2026-04');
    expect(v.labels[0]?.ruleId).toBe('SNS-DELETE-07');
    expect(v.labels[0]?.spans[0]).toEqual({ start: 0, end: 2, text: '死ね' });
  });
  test('empty text is allowed', () => {
    expect(run('').action).toBe('allow');
  });
  test('text over 10,000 characters is cut and flagged', () => {
    const v = run(`${'あ'.repeat(10_005)}死ね`);
    expect(v.truncated).toBe(true);
    expect(v.errors.length).toBeGreaterThan(0);
  });
  test('broken UTF-16 and control characters are reported, not fatal', () => {
    const v = run('死\u0007ね\ud800');
    expect(v.errors.length).toBe(2);
    expect(rules(v)).toContain('SNS-DELETE-07');
  });
  test('a non-string text gives an error verdict', () => {
    const v = engine.moderate({ text: 42 as unknown as string });
    expect(v.errors).toContain('text is not a string');
    expect(v.action).toBe('allow');
  });
});
