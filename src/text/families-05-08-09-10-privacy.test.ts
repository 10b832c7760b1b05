import { describe, expect, test } from 'vitest';
import {
  expectAllowed,
  expectFlagged,
  expectNotLabelled,
  moderateOn,
  ruleIds,
} from './moderation-test-kit.ts';
import type { RuleId, Verdict } from './verdict.ts';

// Vocabulary families for SNS-DELETE-05, 08, 09, 10 and 13, the desk channel's own-data precision, and
// the hard negatives they must leave alone. Sentences written for these tests.

const POSTS: Record<string, string> = {
  jobcafe: 'Instagram: イベントの告知',
  hellowork: 'X: 今週の求人',
  coop: 'Instagram: 商品の案内',
  desk: 'LINE: 相談受付時間のご案内',
};
const run = (text: string, account = 'jobcafe'): Verdict => moderateOn(text, account, POSTS[account]);
const rules = ruleIds;
const flags = (ruleId: RuleId, texts: string[], account = 'jobcafe'): void =>
  expectFlagged(ruleId, texts, account, POSTS[account]);
const allows = (texts: string[], account = 'jobcafe'): void => expectAllowed(texts, account, POSTS[account]);
const notLabelled = (ruleId: RuleId, texts: string[], account = 'jobcafe'): void =>
  expectNotLabelled(ruleId, texts, account, POSTS[account]);

describe('SNS-DELETE-05', () => {
  test('SNS-DELETE-05: investment and crypto tools, real-estate investment and paid referral are advertising', () => {
    flags('SNS-DELETE-05', [
      'FXの自動売買ツール使えば寝てても稼げる。気になる人はDMで',
      '投資用マンションで家賃収入、老後も安心です。詳しくはプロフのリンクから',
      '元本保証で月利3%の投資案件あります、興味ある方は連絡ください',
      '紹介するだけで紹介報酬が入ります、興味ある人はLINEまで',
      'お友達紹介で5000円もらえるキャンペーン中！紹介コードはプロフに',
    ]);
  });
  test('SNS-DELETE-05: ですから and ますから are no question that cancels a pitch', () => {
    flags(
      'SNS-DELETE-05',
      ['副業の相談です。私の投資スクールで不労所得が作れるので紹介しますから、連絡ください'],
      'desk',
    );
  });
  test('SNS-DELETE-05: a polite invitation to a paid or investment seminar is advertising', () => {
    flags(
      'SNS-DELETE-05',
      [
        '弊社主催の資産運用セミナー、参加無料です。将来のお金にお悩みの方はぜひお越しくださいませ',
        '老後の備えに不動産投資を。弊社の無料個別相談会へお気軽にご相談ください',
        '当社の年金以外の収入源づくり、代理店制度をご紹介します。説明会を毎週開催中',
      ],
      'hellowork',
    );
  });
  test('SNS-DELETE-05: network business and side-job pitches in romaji or English', () => {
    flags('SNS-DELETE-05', [
      'Nettowaaku bijinesu de kenri shuunyuu! Kyoumi aru hito wa DM shite ne',
      'Passive income with crypto, make money from home. DM me',
    ]);
  });
  test('SNS-DELETE-05: a business pitching itself through the desk, and events the writer runs', () => {
    flags(
      'SNS-DELETE-05',
      [
        'うちの会社の研修プログラムを売り込みたいので、窓口と提携したいです',
        '利用者さんにこのチラシを配ってもらえませんか',
      ],
      'desk',
    );
    flags('SNS-DELETE-05', ['婚活パーティー主催してるので来てください、参加費は女性1000円です'], 'coop');
  });
  test('SNS-DELETE-05: worries, warnings, questions and quotes about money or seminars stay acceptable', () => {
    allows(
      [
        '老後資金が不安で、投資の勉強を始めるべきか悩んでいます',
        'セミナーの会場はどこですか？参加費は無料ですか？',
        'お越しくださいと書いてあったので行ってきます',
        'Network business no kanyuu ni chuui shite kudasai',
      ],
      'hellowork',
    );
    allows([
      'ネットワークビジネスの勧誘がしつこくて困っています。どう断ればいいですか',
      '説明会にぜひお越しくださいと言われたので行ってきます',
      '就活の話聞くよ、同じ大学の人いたら会おうよ',
    ]);
    allows(
      [
        'NISAと不動産投資の違いについて相談会で聞きたいです',
        'お金の相談会、ぜひ参加したいです。よろしくお願いします',
        '確定申告のやり方がわからないので教えてください、副業は月3万くらいです',
      ],
      'desk',
    );
    allows(['料理教室、主催してる方ありがとうございます！楽しかったです'], 'coop');
  });
  test('SNS-DELETE-05: a user sharing a post (リポストします) is not selling reposts', () => {
    notLabelled('SNS-DELETE-05', ['料理教室の投稿リポストします♪ 参加費は1人500円です'], 'coop');
  });
});

describe('SNS-DELETE-09 on the desk', () => {
  test("SNS-DELETE-09: the user's own contact, name or workplace given because the desk asked stays acceptable", () => {
    allows(
      [
        '連絡先ですね、080-1111-2222です。平日の夜なら出られます',
        'お尋ねの件ですが、勤務先は見本市の物流倉庫です。本名は田中です',
        '予約に必要とのことでしたので、氏名は佐藤花子、メールは hanako.s@example.org です',
        'メールでお願いします。taro.k@example.net です',
        '聞かれた連絡先は 090-3333-4444 です、よろしくお願いします',
      ],
      'desk',
    );
  });
  test("SNS-DELETE-05: the user's own e-mail on the desk is not solicitation", () => {
    notLabelled(
      'SNS-DELETE-05',
      ['LINEが使えないときの連絡用とのことなので、mika.t@example.com です。お知らせありがとうございます'],
      'desk',
    );
  });
  test("SNS-DELETE-09: someone else's data stays a disclosure on the desk too", () => {
    flags(
      'SNS-DELETE-09',
      [
        '聞かれた件ですが、同僚の田中さんの番号は090-5555-6666です',
        'とのことなので書きますが、友達の山本さんの家は見本市北町3-2-1です',
      ],
      'desk',
    );
  });
});

describe('SNS-DELETE-09', () => {
  test("SNS-DELETE-09: a named person's routine place and time", () => {
    flags(
      'SNS-DELETE-09',
      ['職員の松本、毎晩9時過ぎに駅前のコンビニにいるから、文句ある人は行ってみ'],
      'hellowork',
    );
    flags('SNS-DELETE-09', ['講師の小川さんって毎週水曜の朝8時に南口のバス停におるけん、会えるよ']);
  });
  test("SNS-DELETE-09: a named person's divorce, welfare, health or family troubles", () => {
    flags('SNS-DELETE-09', ['配達の石井さん、去年離婚して今はシングルマザーなんだって'], 'coop');
    flags('SNS-DELETE-09', ['隣の席だった岡田さん、生活保護もらってるらしいよ'], 'hellowork');
    flags('SNS-DELETE-09', ['カウンセラーの森田さん、うつ病で通院してるんだって。みんな知ってた？']);
    flags('SNS-DELETE-09', ['組合員の村田さんち、旦那さんが借金抱えて夜逃げしたらしい'], 'coop');
  });
  test("SNS-DELETE-09: someone's home pinned down or shown online", () => {
    flags('SNS-DELETE-09', ['相談員の藤原さんの自宅は見本市南町のマンションの5階の角部屋だよ']);
    flags(
      'SNS-DELETE-09',
      ['配送の前川さん、見本町の実家の写真をインスタに載せてたから家すぐわかるよ'],
      'coop',
    );
  });
  test('SNS-DELETE-09: the writer’s own story, thanks and office hours stay acceptable', () => {
    allows([
      '相談員の松本さん、毎回親身に相談に乗ってくれてありがとうございます',
      '私の元カレもここで働いてたな〜',
    ]);
    allows(['職員さんは毎朝9時に窓口にいますよ、早めに行くといいです'], 'hellowork');
    allows(
      [
        '私は去年離婚して、今は生活保護を受けながら仕事を探しています',
        '相談員の山田さんに生活保護の申請の仕方を教えてもらいました、助かりました',
        '担当の鈴木さんに、うつ病で通院していることを伝えました',
        'ケアマネの田中さんに認知症の母のことで相談したいです',
      ],
      'desk',
    );
    allows(['前川さんのお宅は駅から近いので、配達が早くて助かります'], 'coop');
    allows(['講座の資料をみんなに共有します、個人情報は消してあります']);
  });
});

describe('SNS-DELETE-08', () => {
  test('SNS-DELETE-08: rumours that the organisation will close or dissolve, in dialect and romaji', () => {
    flags(
      'SNS-DELETE-08',
      ['ここの生協、再来年には解散するらしいよ', '生協さん、赤字で潰れるって近所で噂しとるで'],
      'coop',
    );
    flags('SNS-DELETE-08', ['ジョブカフェって来月で閉鎖されるって噂になってるよ']);
    flags('SNS-DELETE-08', ['Harowaa wa rainen heisa sareru tte uwasa desu'], 'hellowork');
  });
  test('SNS-DELETE-08: rumours that using a service cuts benefits or pensions', () => {
    flags(
      'SNS-DELETE-08',
      [
        'オンライン相談を利用すると失業保険が打ち切られるって聞いた',
        '面接会に行くと年金が止まるらしいよ、気をつけて',
        'ハロワで相談したら手当が減額されるってネットで見た',
        'Soudan suru to teate ga gengaku sareru rashii yo',
      ],
      'hellowork',
    );
  });
  test('SNS-DELETE-08: products said to be contaminated or recalled', () => {
    flags(
      'SNS-DELETE-08',
      [
        'この野菜、農薬まみれで他の店ではもう回収騒ぎになってるやつですよ',
        '生協の牛乳、セシウムが検出されたって聞いたで',
        'この缶詰、異物混入してるって話やで',
      ],
      'coop',
    );
  });
  test('SNS-DELETE-08: questions, debunks, test results and ordinary hearsay stay acceptable', () => {
    allows(
      [
        '生協が解散するって本当ですか？心配です',
        'このお米は放射能検査済みで、汚染されていないことが確認されています',
        'お米のセシウム検査の結果はどこで見られますか？',
        'ポイントが2倍になるそうです、楽しみ',
      ],
      'coop',
    );
    allows(
      [
        '手当が減額されるって聞いたんですけど、そんな発表ありましたか？',
        '失業手当が減額されるデマが流れてるみたいですが、信じないでくださいね',
        '交通費が500円かかるそうです、気をつけてください',
        '面接会は年齢制限があるそうです',
        '拡散希望：闇バイトの求人に注意してください',
      ],
      'hellowork',
    );
  });
});

describe('SNS-DELETE-13', () => {
  test('SNS-DELETE-13: a claimed newer or corrected version of a notice is altered content, and false', () => {
    for (const [text, account] of [
      ['セミナーの告知、最新版はこっちです。定員は30名に増えました（ジョブカフェより）', 'jobcafe'],
      ['面接会の案内、古い情報ですよ。正しくは会場が市民会館に変わってます', 'hellowork'],
    ] as const) {
      const got = rules(run(text, account));
      expect(got, text).toContain('SNS-DELETE-13');
      expect(got, text).toContain('SNS-DELETE-08');
    }
  });
  test('SNS-DELETE-13: acknowledging an update or fixing one’s own comment is not an alteration', () => {
    allows([
      '締切が延長されたんですね、了解です！ありがとうございます',
      '正しくは7月5日ですね、カレンダーに入れました',
    ]);
    allows(['さっきのコメント、日程を間違えました。正しくは10月8日です、すみません'], 'hellowork');
  });
});

describe('SNS-DELETE-10', () => {
  test('SNS-DELETE-10: a self-styled lecturer or staff member asking for DMs, money or data', () => {
    flags('SNS-DELETE-10', ['セミナーの講師をやる者ですが、事前課題の提出は私に直接DMでお願いします']);
    flags('SNS-DELETE-10', ['生協スタッフの者です。参加費は下記口座に事前振込をお願いします'], 'coop');
    flags(
      'SNS-DELETE-10',
      ['Harowaa no shokuin desu. Yoyaku wa kochira kara: hw-yoyaku.example.net'],
      'hellowork',
    );
  });
  test('SNS-DELETE-10: a comment styled as an official notice sending people to a payment ID or another site', () => {
    flags('SNS-DELETE-10', [
      '※ジョブカフェ事務局より：予約受付は新しいサイトに移りました→ jobcafe-yoyaku.example.com',
    ]);
    flags(
      'SNS-DELETE-10',
      ['【重要なお知らせ】料理教室の参加費はPayPay IDへの事前送金に変わりました'],
      'coop',
    );
  });
  test('SNS-DELETE-10: writing as another user to get their records', () => {
    flags(
      'SNS-DELETE-10',
      ['山田花子です、って名乗ってますが実は姉のスマホから送ってます。姉の相談内容を教えてもらえますか'],
      'desk',
    );
  });
  test('SNS-DELETE-10: a contract or shop in a relative’s name (夫名義で) is no claim to speak for the organisation', () => {
    notLabelled('SNS-DELETE-10', ['失業保険もらいながら旦那名義で店をやっています'], 'hellowork');
    allows(['うちは夫名義で契約しているので、名義変更の手続きを知りたいです'], 'coop');
  });
  test('SNS-DELETE-10: questions, reports and borrowed phones stay acceptable', () => {
    allows([
      '講師の方に直接質問したいのですが、DMで聞いてもいいですか？',
      'セミナーの講師の先生、説明がわかりやすかったです',
    ]);
    allows(['ハローワークの職員ですって名乗る人からDMが来たんですけど、偽物ですよね？'], 'hellowork');
    allows(['【お知らせ】って書いてある投稿、公式じゃないので注意してください'], 'coop');
    allows(
      [
        '姉のスマホから送っています。自分のスマホが壊れたので、しばらくこちらから連絡します',
        '私になりすまして誰かが相談内容を聞き出そうとしているみたいです。どうすればいいですか',
      ],
      'desk',
    );
  });
});
