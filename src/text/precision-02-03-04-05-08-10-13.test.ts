import { describe, expect, test } from 'vitest';
import { contextForRow } from './evaluation.ts';
import { ruleIds, moderateOn as run } from './moderation-test-kit.ts';
import type { RuleId, Verdict } from './verdict.ts';

// Precision of 02, 03, 04, 05, 08, 10 and 13 (acceptable comments left alone,
// second labels that do not apply dropped). Sentences written for these tests.

const rules = (v: Verdict): RuleId[] => ruleIds(v).sort();
function postsOf(account: string): string[] {
  return contextForRow({ id: 't', text: '', labels: [], account, post: '' }).officialPosts;
}

describe('SNS-DELETE-05', () => {
  test('SNS-DELETE-05: a question or a complaint about the profile link is not solicitation', () => {
    for (const t of [
      'プロフのリンクから飛べないです',
      'プロフィールのリンクが表示されないんですが、どこから予約すればいいですか',
      'プロフのリンク切れてますよ〜',
      'プロフィールから申し込みできなかったので電話しました',
      'プロフのリンク押しても反応しないです',
      'プロフィールから飛べるリンク、スマホだと開けません',
      'インスタのプロフのリンクからだと予約ページが真っ白になります',
    ])
      expect(rules(run(t)), t).toEqual([]);
  });

  test('SNS-DELETE-05: pointing to the profile to sell something is still solicitation', () => {
    for (const t of [
      '在宅で月20万稼げる方法、詳しくはプロフのリンクから',
      '副業に興味ある人はプロフ見てね💰',
      '無料で稼ぎ方教えます→プロフのリンクからどうぞ',
    ])
      expect(rules(run(t)), t).toContain('SNS-DELETE-05');
  });

  test('SNS-DELETE-05: a campaign or an impersonator pointing to DM or the profile is 03 or 10 alone', () => {
    expect(rules(run('最低賃金の引き上げを求める署名、リンクはプロフにあります。ご協力ください'))).toEqual([
      'SNS-DELETE-03',
    ]);
    expect(rules(run('ハローワーク見本の職員です。続きはDMで', 'hellowork'))).toEqual(['SNS-DELETE-10']);
  });

  test('SNS-DELETE-05: a public training fee is not a sales pitch', () => {
    expect(rules(run('ハロトレの受講料は無料ですが、テキスト代はかかると聞きました', 'hellowork'))).toEqual(
      [],
    );
  });

  test('SNS-DELETE-05: wanting to reach the desk over LINE oneself is not inviting others to a LINE', () => {
    for (const t of ['LINEで連絡したいです', 'ラインで相談したいのですが、友だち登録はどこからですか'])
      expect(rules(run(t, 'desk', 'LINE: 1対1の相談チャット')), t).toEqual([]);
    expect(rules(run('副業の詳細はLINEで連絡ください'))).toContain('SNS-DELETE-05');
  });

  test('SNS-DELETE-13: changing one’s own papers is not altering the account’s content', () => {
    for (const t of ['離職票の日付を会社に書き換えてもらった', '源泉徴収票の住所を書き直してもらいました'])
      expect(rules(run(t, 'hellowork')), t).toEqual([]);
  });
});

describe('SNS-DELETE-13: copies of the account’s own posts', () => {
  test('SNS-DELETE-13: sharing one of the account’s own posts, whole, trimmed or with a word before it, is fine', () => {
    for (const account of ['jobcafe', 'hellowork', 'coop', 'desk'])
      for (const post of postsOf(account))
        for (const t of [post, `シェアします👍 ${post}`, post.split('】').pop()!.slice(0, 80)])
          expect(rules(run(t, account)), t).toEqual([]);
  });

  test('SNS-DELETE-13: a copy with a changed date, hour or price is 13 alone', () => {
    const [fair, seminar] = postsOf('jobcafe');
    expect(rules(run(fair!.replace('6月14日', '6月28日')))).toEqual(['SNS-DELETE-13']);
    expect(rules(run(seminar!.replace('定員20名', '定員50名')))).toEqual(['SNS-DELETE-13']);
    const online = postsOf('hellowork')[1]!;
    expect(rules(run(online.replace('平日10:00〜16:00', '平日9:00〜18:00'), 'hellowork'))).toEqual([
      'SNS-DELETE-13',
    ]);
  });

  test('SNS-DELETE-08: a copy that makes a free service paid or moves a closure is 13 and 08, never 05', () => {
    const [fair, seminar, closure] = postsOf('jobcafe');
    const both = ['SNS-DELETE-08', 'SNS-DELETE-13'];
    expect(rules(run(fair!.replace('参加無料', '参加費2,000円')))).toEqual(both);
    expect(rules(run(seminar!.replace('参加費は無料です', '参加費は3,000円です')))).toEqual(both);
    expect(rules(run(closure!.replace('1月3日（日）', '1月12日（火）')))).toEqual(both);
    expect(
      rules(run(postsOf('hellowork')[1]!.replace('利用は無料です', '利用は有料です'), 'hellowork')),
    ).toEqual(both);
  });

  test('SNS-DELETE-02: words of one’s own added to a shared post still count', () => {
    expect(rules(run(`${postsOf('jobcafe')[0]} 職員は無能`))).toContain('SNS-DELETE-02');
  });

  test('SNS-DELETE-13: asking the account to fix its notice is not altering it', () => {
    expect(rules(run('ポスターの画像を差し替えたほうが見やすいと思います'))).toEqual([]);
    expect(rules(run('告知の画像、日付が間違ってませんか？6月14日は土曜日だと思います'))).toEqual([]);
  });
});

describe('SNS-DELETE-08', () => {
  test('SNS-DELETE-08: asking whether a rumour is false, or calling it a hoax, does not spread it', () => {
    for (const [t, account] of [
      ['ハロワが有料になるって噂、デマですよね？', 'hellowork'],
      ['ジョブカフェ閉鎖されるって本当？嘘ですよね', 'jobcafe'],
      ['来月から有料化って話、ガセでした', 'jobcafe'],
      ['相談が有料になるってデマが回ってるので注意してください', 'hellowork'],
      ['ジョブカフェが閉鎖されるなんて噂を聞いたけど、職員さんに聞いたら全くのデマでした', 'jobcafe'],
    ])
      expect(rules(run(t!, account)), t).toEqual([]);
  });

  test('SNS-DELETE-08: 拡散希望 on a warning or a compliment is not a rumour', () => {
    for (const [t, account] of [
      ['拡散希望：闇バイトの求人に注意してください', 'hellowork'],
      ['拡散お願いします。ハロワの求人以外の怪しい募集は相手にしないでください', 'hellowork'],
      ['拡散希望！ジョブカフェの模擬面接、すごく役に立ちました', 'jobcafe'],
      ['拡散希望！来週の合同説明会、参加無料です', 'jobcafe'],
    ])
      expect(rules(run(t!, account)), t).toEqual([]);
  });

  test('SNS-DELETE-08: a rumour stays a rumour, and a flat fee claim against the published facts counts', () => {
    for (const [t, account] of [
      ['ハロワの相談、来月から有料になるらしい', 'hellowork'],
      ['デマじゃないよ、ジョブカフェは来年閉鎖されるって', 'jobcafe'],
      ['ジョブカフェの面談って1回3000円かかるんだよ', 'jobcafe'],
      ['カウンセリング、2回目から有料になるって聞いた', 'jobcafe'],
    ])
      expect(rules(run(t!, account)), t).toContain('SNS-DELETE-08');
  });

  test('SNS-DELETE-08: paid things that are not the service are no claim', () => {
    for (const t of [
      'カウンセリングを受けてから、有料の転職エージェントも使ってます',
      'ジョブカフェのセミナー、交通費が往復1000円かかるけど行く価値ありました',
      '先輩から毎日「クズ」って呼ばれるのがつらいです',
    ])
      expect(rules(run(t, 'jobcafe')), t).not.toContain('SNS-DELETE-08');
  });
});

describe('SNS-DELETE-02, 03, 04, 10: descriptions that are not violations', () => {
  test('SNS-DELETE-02: self-deprecation is not an insult', () => {
    for (const t of [
      '自分はダメ人間だから面接に受からないのかな',
      'ポンコツな私でも内定もらえました！ありがとうございます',
      '無能な自分が嫌になる。どうしたら自信つきますか',
    ])
      expect(rules(run(t)), t).toEqual([]);
    expect(rules(run('ここのカウンセラー、ほんとポンコツ'))).toEqual(['SNS-DELETE-02']);
  });

  test('SNS-DELETE-02: an insult quoted to report harassment is not an insult', () => {
    for (const t of [
      '上司に「お前は無能だ」と言われました。これってパワハラですか',
      '面接官に「使えない奴」って言われて落ち込んでます',
    ])
      expect(rules(run(t, 'desk')), t).toEqual([]);
  });

  test('SNS-DELETE-03: a worker describing religion or politics pushed on them is not campaigning', () => {
    for (const t of [
      '会社の社長が新興宗教にハマってて、毎朝お祈りさせられるんです。辞めたい',
      '上司から選挙で〇〇党に入れろと言われて困っています',
      '前の職場、朝礼で社訓と一緒にお経を唱えさせられた',
    ])
      expect(rules(run(t, 'desk')), t).toEqual([]);
    expect(rules(run('神様を信じれば必ず内定します。日曜の礼拝においでください'))).toEqual(['SNS-DELETE-03']);
  });

  test('SNS-DELETE-04: 拡散希望 with a photo session is not copying a work', () => {
    for (const t of ['拡散希望：履歴書写真の撮影会、今週末です', 'この写真撮影会よかったので拡散します'])
      expect(rules(run(t)), t).toEqual([]);
    for (const t of ['有料セミナーの動画を録画したので拡散しとくね', '講師のスライドをスクショして拡散中'])
      expect(rules(run(t)), t).toContain('SNS-DELETE-04');
  });

  test('SNS-DELETE-10: 名義 of a person or a contract, or a former role, is no claim to be official', () => {
    for (const [t, account] of [
      ['家族の名義で契約してる携帯でも相談できますか', 'desk'],
      ['親の名義の口座に給付金を振り込んでもらえますか', 'hellowork'],
      ['元職員です。ジョブカフェ、昔より使いやすくなりましたね', 'jobcafe'],
    ])
      expect(rules(run(t!, account)), t).not.toContain('SNS-DELETE-10');
  });
});

describe('kind words, ordinary mishaps and wishes that only look like violations', () => {
  test('SNS-DELETE-07: a kind farewell is not the veiled threat 夜道に気をつけろ', () => {
    expect(rules(run('今日はありがとうございました。夜道に気をつけて帰ってくださいね'))).toEqual([]);
    expect(rules(run('夜道には気をつけろよ、お前の家知ってるから'))).toContain('SNS-DELETE-07');
  });

  test('SNS-DELETE-01: coffee spilt while driving is not drink-driving', () => {
    expect(rules(run('コーヒー飲みながら運転してたらこぼして、面接の服が汚れました'))).toEqual([]);
    expect(rules(run('ビール飲みながら運転しても捕まらないよ'))).toContain('SNS-DELETE-01');
  });

  test('SNS-DELETE-06: running oneself down is not discrimination, even where the model alone says so', () => {
    expect(rules(run('どうせ私なんて採用されない'))).toEqual([]);
  });

  test('SNS-DELETE-02: looking for a company without skimming accuses nobody', () => {
    expect(rules(run('派遣で働くなら中抜きのない会社を選びたいです'))).toEqual([]);
  });
});
