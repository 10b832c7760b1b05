import { describe, expect, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
  ruleIds as rules,
  moderateOn as run,
} from './moderation-test-kit.ts';

// SNS-DELETE-01, 06, 07, 09, 11, 12, 15 in harder styles (dialect, polite or veiled
// wording, English and Chinese mixtures) and the hard negatives they must leave alone; LINE IDs read
// out of English sentences and look-alike handles. Sentences written for these tests.

describe('SNS-DELETE-07', () => {
  test('SNS-DELETE-07: dialect threats (Hakata くらす, Kansai いてまう / しばく / どつく) are threats', () => {
    flags('SNS-DELETE-07', [
      'あの講師、次会ったらくらすぞ',
      'お前マジでくらしたるけんな',
      'あいつ今度会ったらいてまうぞ',
      '窓口のおっさんいてこましたる',
      'あの講師どつくぞ',
      'あの面接官、ボコしたろか',
      '面接官しばき回したい',
      'どうなっても知らんぞ、あの職員',
    ]);
  });
  test('SNS-DELETE-07: polite and veiled threats are threats', () => {
    flags('SNS-DELETE-07', [
      '夜道には気をつけた方がいいですよ、担当さん',
      '担当の方、ご家族はお元気ですか？どちらにお住まいかは存じておりますので',
      '次に断られたら刺すかもしれん',
      'このまま放置されるなら、何をしでかすか自分でもわかりません',
      'ご返信いただけない場合、何が起きても当方は責任を負いかねます',
      '削除したら管理人のご家族にもご挨拶に行きますね',
    ]);
  });
  test('SNS-DELETE-07: English threats against a person are threats', () => {
    flags('SNS-DELETE-07', [
      "I'll kill that counselor",
      'I will hurt you if you delete this',
      'watch your back, interviewer',
      "I'm going to stab the recruiter",
    ]);
  });
  test('SNS-DELETE-07: idioms with violent words and worry are not threats', () => {
    allows([
      '頭ぶん殴られたような衝撃やった',
      '殴り書きのメモでごめんなさい',
      '叩き台を作ったので見てください',
      '夜道は暗いので気をつけて帰ってくださいね',
      'ご家族はお元気ですか？久しぶりに相談に来ました',
      'くらすメイトと一緒に参加しました',
      '面接で何をするかわからないので不安です',
      'グループワークって何をするかわかりませんよね',
      '覚えとけよって上司に言われて怖かったです',
      'I killed it at the interview today!',
      "If you're gonna kill it at the interview, prepare well",
      'Moving to Tokyo is going to kill my budget',
      "This course will hurt your wallet but it's worth it",
    ]);
  });
});

describe('SNS-DELETE-01', () => {
  test('SNS-DELETE-01: benefit and pension fraud written as intent, in dialect or politely', () => {
    flags('SNS-DELETE-01', [
      '失業手当もらいながらバイトしよるけど申告せんでええやろ、バレへんし',
      '失業保険の受給中に働いとるけど申告せんでよか',
      '親の年金、死亡届出さんともらい続けとる。黙っとけば大丈夫',
      '父の年金、届けを出さずに受け取り続ければ誰にもわからないので私もそうします',
    ]);
  });
  test('SNS-DELETE-01: changing the date or figures of an issued document is forgery', () => {
    flags('SNS-DELETE-01', [
      '離職票の日付を変えれば早く給付もらえるよ',
      '離職票の日付ちょっといじっとけば会社都合になるで',
      '源泉徴収票の金額書き換えたら審査通ったわ',
    ]);
  });
  test('SNS-DELETE-01: questions about benefits, corrections by the company and victims are not fraud', () => {
    notLabelled('SNS-DELETE-01', [
      '失業保険の申告の仕方がわからないので教えてください',
      '失業保険の受給中にバイトしたら申告しないとバレますか？',
      '年金をもらい続けるにはどうしたらいいですか',
      '離職票の日付が間違っていたので会社に直してもらいました',
      'タイムカードの数字いじられてた。会社がやったみたい',
      'アカウント買いますか？有料版のほうがいいかな',
    ]);
  });
  test('SNS-DELETE-01: offering a found or stolen card to someone who will use it', () => {
    flags('SNS-DELETE-01', ['拾ったクレカで買い物できる、使える人いる？']);
    notLabelled('SNS-DELETE-01', [
      '拾った財布を交番に届けました。持ち主が見つかるといいな',
      '拾ったカードは警察に届けてください',
    ]);
  });
  test('SNS-DELETE-01: a priced ES-correction service with a DM is advertising, not a dark job', () => {
    for (const text of [
      '就活のES添削やります。1枚1000円、DMください',
      '履歴書の添削、1回500円でやります。気軽にDMください',
    ]) {
      const got = rules(run(text));
      expect(got, text).toContain('SNS-DELETE-05');
      expect(got, text).not.toContain('SNS-DELETE-01');
    }
    flags('SNS-DELETE-01', ['ええ仕事あるで、荷物受け取るだけで日給5万、テレグラムで連絡してや']);
  });
});

describe('SNS-DELETE-06', () => {
  test('SNS-DELETE-06: polite or veiled exclusion of a protected group is discrimination', () => {
    flags('SNS-DELETE-06', [
      '外国籍の方のご応募はご遠慮いただきたいです',
      'ムスリムの方の参加はご遠慮ください',
      '中国系の人はちょっと…うちの職場には合わないかな',
      '韓国系の人はちょっとねぇ',
      '中国人都是小偷，不要雇用',
    ]);
  });
  test('SNS-DELETE-06: notices, welcomes and program names are not discrimination', () => {
    notLabelled('SNS-DELETE-06', [
      '外国籍の方もご応募いただけます',
      '外国籍の方は在留カードをお持ちください。写真撮影はご遠慮ください',
      '障害のある方は、ご遠慮なくご相談ください',
      '飲食物の持ち込みはご遠慮ください',
      '若者キャリア相談窓口の予約がいっぱいで無駄足でした',
      '外国人の雇用について相談したいです',
    ]);
  });
});

describe('SNS-DELETE-09', () => {
  test('SNS-DELETE-09: a less common surname still names a person; a place or school with a name in it does not', () => {
    flags('SNS-DELETE-09', [
      '前川さんって離婚して生活保護もらってるらしい',
      '杉崎さんの家、駅裏の青いアパートの2階だよ',
    ]);
    allows(['早稲田出身ですが、今は地元に戻って仕事を探しています', '小田急沿いで通える求人はありますか']);
  });
  test('SNS-DELETE-09: where and when a named person can be caught is a privacy violation', () => {
    flags('SNS-DELETE-09', [
      '佐藤さんは毎週火曜の夕方に駅前のスーパーにいるから待ち伏せできるよ',
      '講師の中村さん、見本ハイツの203号室に住んでるよ',
      '受付のお姉さんの家分かった、見本駅の近くのアパート',
      'Her name is Mika Sato, she works at the bakery on Main street',
    ]);
    const v = rules(run('佐藤さんは毎週火曜の夕方に駅前のスーパーにいるから待ち伏せできるよ'));
    expect(v).not.toContain('SNS-DELETE-07');
  });
  test('SNS-DELETE-09: praise, self-introductions and vague places are not exposure', () => {
    allows([
      '佐藤さんがいつも笑顔で対応してくれて嬉しい',
      '佐藤さんは京都に住んでるらしいですね、いいなあ',
      '私は見本町三丁目に住んでいる山田と申します',
      '団地に住んでいますが通える求人はありますか？',
      'My friend lives in Osaka and goes to a job school',
    ]);
  });
});

describe('SNS-DELETE-11 and SNS-DELETE-12', () => {
  test('SNS-DELETE-12: Chinese and English obscenity is obscene', () => {
    flags('SNS-DELETE-12', [
      '色情视频 免费看',
      '黄色视频 网站 点击',
      'send nudes',
      '面接官の若い女性の下着が気になって仕方ない',
    ]);
  });
  test('SNS-DELETE-12: talking about recovering from pornography is not obscene', () => {
    notLabelled('SNS-DELETE-12', ["porn addiction help? I'm trying to focus on job hunting"]);
  });
  test('SNS-DELETE-11: cracked software and archives offered with answers are harmful files', () => {
    flags('SNS-DELETE-11', ['破解版 下载 exe', 'このzip開いたら過去問の答え全部入っとるで kakomon.zip']);
  });
});

describe('SNS-DELETE-15', () => {
  test('SNS-DELETE-15: flooding and coercion against moderation in dialect and polite form', () => {
    flags('SNS-DELETE-15', [
      '消したら100回書き込んだるからな',
      '何回でも書いたるわ、消しても無駄やで',
      '管理人さん、削除するならご自宅に伺いますね',
      '帰りに講師の後をつけて、降りる駅までついて行こうと思う',
    ]);
  });
  test('SNS-DELETE-15: chain letters in English and Japanese', () => {
    flags('SNS-DELETE-15', [
      'Forward this to 10 people or you will have bad luck',
      'Share this with 5 friends or you will never get hired',
      'この投稿を10人に回さないと不幸になります',
    ]);
  });
  test('SNS-DELETE-15: reposting after a correction or forwarding at work is not coercion', () => {
    allows([
      '消したら書き直します、すみません',
      '何回でも書き直して練習しましたよ',
      'Please forward this to the team',
    ]);
    notLabelled('SNS-DELETE-15', [
      '削除したら再投稿しますね、誤字があったので',
      'この資料は最大100回まで書き込めます',
    ]);
  });
});

describe('handles', () => {
  test('SNS-DELETE-05: English words after "id" or "line" are not a LINE ID', () => {
    notLabelled('SNS-DELETE-05', [
      'The counselor Kato is an idiot honestly',
      'I applied online today and the idea was great',
      'My ID card was lost, what should I do',
      'the deadline is tomorrow right?',
    ]);
    flags('SNS-DELETE-05', ['LINE ID: kenta_88 追加して', 'ﾗｲﾝ kenta88 で連絡ください']);
  });
  test('SNS-DELETE-10: a handle one letter or a doubled letter away from the official one is a look-alike', () => {
    flags(
      'SNS-DELETE-10',
      ['公式はこちら @hellowork_mihon_exx', '公式アカウント @hellowork_mihonn_ex'],
      'hellowork',
    );
    flags('SNS-DELETE-10', [
      '@jobcafe_exx からお知らせを受け取ってください',
      '@jobcaf_ex のDMに連絡ください',
    ]);
    allows(['@jobcafe_ex いつもありがとうございます']);
    allows(['@hellowork_mihon_ex さんの投稿見ました'], 'hellowork');
  });
});
