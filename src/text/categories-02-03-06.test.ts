import { describe, expect, test } from 'vitest';
import { ruleIds as rules, moderateOn as run } from './moderation-test-kit.ts';
import type { RuleId } from './verdict.ts';

function expectFlagged(ruleId: RuleId, texts: string[]): void {
  for (const text of texts) expect(rules(run(text)), text).toContain(ruleId);
}
function expectNot(ruleId: RuleId, texts: string[]): void {
  for (const text of texts) expect(rules(run(text)), text).not.toContain(ruleId);
}
/** None of this file's categories (the other categories have their own tests). */
function expectAllowed(texts: string[]): void {
  const mine: RuleId[] = ['SNS-DELETE-02', 'SNS-DELETE-03', 'SNS-DELETE-06'];
  for (const text of texts)
    expect(
      rules(run(text)).filter((r) => mine.includes(r)),
      text,
    ).toEqual([]);
}

describe('SNS-DELETE-06 discrimination', () => {
  test('SNS-DELETE-06: refusing to hire or excluding a group is discrimination', () => {
    expectFlagged('SNS-DELETE-06', [
      '中国人は雇うな。絶対トラブルになる',
      '韓国人なんか面接に呼ぶなよ',
      '在日の応募者は書類で落とすべき',
      '同和地区の人は採用したくないんだよね',
      '性的少数者を職場に入れるな',
      '精神障害の奴は面接で落とせ',
      '50代以上はお断り、使い物にならない',
      '外人は日本から出ていけ',
      'シングルマザーは休みが多いから採用しない',
      '正直、外国人の応募はぜんぶ書類で弾いてる',
      'LGBTは採用不可で',
      'ゲイとか一緒に働くの無理。採用すんな',
      '女に責任ある仕事させるな',
    ]);
  });

  test('SNS-DELETE-06: stereotypes about a group are discrimination', () => {
    expectFlagged('SNS-DELETE-06', [
      '外国人労働者は犯罪予備軍',
      '黒人はみんな怠け者だ',
      'イスラム教徒はテロリストばっかり',
      '中国人はみんな泥棒',
      'ゆとり世代はみんな使えない',
      'アジア人なんて安い労働力でしかない',
      '障がい者って生産性ないよね',
    ]);
  });

  test('SNS-DELETE-06: a masked group name with a hostile cue counts as a group', () => {
    expectFlagged('SNS-DELETE-06', [
      '○○人は信用できない',
      '〇〇教の信者なんか雇ったら会社が乗っ取られる',
      '××人の応募は全部不採用で',
      '○○国の連中はみんな嘘つき',
    ]);
  });

  test('SNS-DELETE-06: neutral job-context mentions of a group stay acceptable', () => {
    expectAllowed([
      '外国人採用の相談はどこでできますか',
      '障害者雇用枠はありますか',
      '宗教上の理由で土曜は休みたいのですが、面接で伝えてもいいですか',
      'LGBTフレンドリーな企業を紹介してもらえますか',
      '同和問題の研修を受けました。勉強になりました',
      '面接で「女性は採らない」と言われました。これって違法ですか',
      '外国人お断りの物件が多くて困ってます',
      '〇〇教室の講師募集に応募しました',
      '〇〇人の応募がありました（定員〇〇人）',
      '【再掲】シニア面接会は60歳未満は参加不可です',
      '女なので力仕事は無理かなと思ってます',
    ]);
  });

  test('SNS-DELETE-06: an insult at one woman or man is not aimed at the whole gender', () => {
    expectNot('SNS-DELETE-06', ['受付の男、使えない男だった', '担当の女性、使えない女すぎて話にならない']);
  });
});

describe('SNS-DELETE-02 defamation', () => {
  test('SNS-DELETE-02: insults at staff without a listed target word', () => {
    expectFlagged('SNS-DELETE-02', [
      'あの講師、人間のクズだわ',
      '窓口の佐藤って本当に最低な人間',
      '無能所長はさっさと辞めろ',
      '相談員の中村、態度最悪で人として終わってる',
      '面接官のおっさん、上から目線でキモかった',
      'あのカウンセラー使えねー',
      '担当のババア、マジ無理',
      'ｼｮｸｲﾝ ﾑﾉｳ',
    ]);
  });

  test('SNS-DELETE-02: 使えない女/男 aimed at one person is an insult', () => {
    expectFlagged('SNS-DELETE-02', [
      '受付の男、使えない男だった',
      '担当の女性、使えない女すぎて話にならない',
    ]);
  });

  test('SNS-DELETE-02: a harassment label with a name or role is an insult', () => {
    expectFlagged('SNS-DELETE-02', ['パワハラ上司の山田課長、早く異動しろ', '講師の高橋はパワハラ常習犯']);
  });

  test('SNS-DELETE-02: a rumour of misconduct about a person is defamation', () => {
    expectFlagged('SNS-DELETE-02', [
      'ここの店長はセクハラで有名だよ',
      'ここの所長、裏金作ってるって有名だよ',
      '鈴木課長ってパワハラで前の支店を追い出されたらしいよ',
    ]);
  });

  test('SNS-DELETE-02: victims, self-talk and polite complaints stay acceptable', () => {
    expectNot('SNS-DELETE-02', [
      'パワハラ上司に悩んでいます、相談できますか',
      '上司のパワハラで休職中です。復職の相談がしたい',
      'パワハラ上司から逃げたくて転職活動中です',
      '面接官に「使えない」と言われて悔しかった',
      '自分は本当に使えない人間だと思ってしまいます',
      '正直、担当者の態度が高圧的に感じました。もう少し配慮してほしいです',
      '面接官が偉そうに見えても気にしないことが大事',
      'クーポンが使えない店舗はどこですか',
      '最低でも月20万は欲しいです',
      '講師の先生、有名な方なんですね',
    ]);
  });
});

describe('SNS-DELETE-03 campaigning', () => {
  test('SNS-DELETE-03: petitions and signature drives', () => {
    expectFlagged('SNS-DELETE-03', [
      '最低賃金引き上げの署名、1万筆を目指しています。ご協力ください',
      'オンライン署名にご協力お願いします',
      '消費税廃止の署名あと500筆！',
      '原発再稼働に反対する署名を集めています',
    ]);
  });

  test('SNS-DELETE-03: demonstrations and rallies with a date, place or call', () => {
    expectFlagged('SNS-DELETE-03', [
      '原発反対デモ、日曜14時に市役所前集合！',
      '来週土曜、駅前で集会やります。みんな参加しよう',
      '日曜、市役所前でスタンディングやります。参加しませんか',
      '増税反対！土曜のデモに集まれ',
    ]);
  });

  test('SNS-DELETE-03: party recruitment and election calls', () => {
    expectFlagged('SNS-DELETE-03', [
      '入党希望の方はDMください',
      '労働者の権利を守るため、〇〇党に入党しませんか',
      '次の選挙では必ず○○さんに投票を',
      '今の政権を倒そう',
    ]);
  });

  test('SNS-DELETE-03: religious recruitment and spiritual sales', () => {
    expectFlagged('SNS-DELETE-03', [
      '一緒に聖書を学びませんか',
      '私たちの教会に一度来てみませんか',
      '宇宙のエネルギーを取り込む瞑想で人生が変わる',
      'あなたの悩みは先祖の因縁です。〇〇会でお祓いを',
      'この壺を買えば就職運アップ',
    ]);
  });

  test('SNS-DELETE-03: neutral mentions of religion, elections and signatures stay acceptable', () => {
    expectNot('SNS-DELETE-03', [
      'キリスト教系の大学を卒業しました',
      '礼拝の時間と面接が重なってしまいます、日程変更できますか',
      'ムスリムの礼拝に配慮してくれる会社を探しています',
      '選挙の日は窓口開いてますか',
      '履歴書の署名は手書きですか',
      '内定承諾書に署名して返送しました',
      '説明会の会場は駅前の市民ホールで、10時集合です',
      '参加しよう！来週の合同企業説明会楽しみ',
      'デモ機の使い方を教えてください',
      'でもやっぱり面接が不安です',
      '誰でも参加できるセミナーありますか',
      '運気が上がるといいなと思いながら面接に行きました',
      '性的少数者を職場に入れるな',
      '面接で落とそうとしてくる会社もある',
    ]);
  });
});
