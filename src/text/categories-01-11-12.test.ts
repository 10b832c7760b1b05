import { describe, expect, test } from 'vitest';
import { moderateOn, ruleIds } from './moderation-test-kit.ts';
import type { RuleId, Verdict } from './verdict.ts';

const run = (text: string, account = 'hellowork', post = 'X: 今週の注目求人の紹介'): Verdict =>
  moderateOn(text, account, post);
const rules = ruleIds;
function expectFlags(ruleId: RuleId, texts: string[]): void {
  for (const text of texts) expect(rules(run(text)), text).toContain(ruleId);
}
function expectNot(ruleIds: RuleId[], texts: string[]): void {
  for (const text of texts) {
    const got = rules(run(text));
    for (const r of ruleIds) expect(got, text).not.toContain(r);
  }
}

describe('SNS-DELETE-01 illegal or likely illegal', () => {
  test('SNS-DELETE-01: forging or selling official documents', () => {
    expectFlags('SNS-DELETE-01', [
      '給与明細、好きな金額で作成します。審査用にどうぞ',
      '源泉徴収票と給与明細セットで作ります。住宅ローン通したい方向け',
      '源泉徴収票の偽物つくってくれる業者知ってる',
      '卒業証明書も資格の合格証も偽造できます',
      '在籍証明、架空の会社でも出せますよ',
      '収入証明書の改ざんなら任せて',
    ]);
  });
  test('SNS-DELETE-01: a forged-document offer with a price or a call is also advertising (05)', () => {
    const got = rules(run('診断書書いてもらえるルートあるよ、休職したい人向け。1枚2万'));
    expect(got).toContain('SNS-DELETE-01');
    expect(got).toContain('SNS-DELETE-05');
  });
  test('SNS-DELETE-01: illegal employment (no residence card, overstay, no visa)', () => {
    expectFlags('SNS-DELETE-01', [
      'ビザなしOKの現場あります。日払いで働けます',
      '在留カード無しでも大丈夫な工場紹介します',
      'オーバーステイの人も雇ってくれる農家あるよ',
      '留学生でも28時間超えて働けるとこ紹介するよ',
    ]);
  });
  test('SNS-DELETE-01: benefit fraud (hidden income, borrowed names, double claims)', () => {
    expectFlags('SNS-DELETE-01', [
      '失業保険もらいながら現金手渡しのバイトすれば誰にもバレない',
      '名義借りて失業手当を二重に受け取る方法あるよ',
      '就職してるのに求職中ってことにして手当もらい続けてる、余裕',
      '生活保護もらいながら手渡しのバイトすれば収入バレない',
    ]);
  });
  test('SNS-DELETE-01: selling or renting accounts, bank books, SIMs (with 05 when sold for a price)', () => {
    expectFlags('SNS-DELETE-01', [
      'インスタの垢売ります。フォロワー1万、5000円',
      'キャッシュカードと通帳セットで買い取り。高価買取',
      '自分名義の口座をレンタルするだけで毎月報酬',
      '通帳とキャッシュカード送ってくれたら3万払います',
      'SIMカード契約して渡してくれたら1回2万',
    ]);
    const got = rules(run('LINEアカウント買い取ります、1つ5000円'));
    expect(got).toContain('SNS-DELETE-01');
    expect(got).toContain('SNS-DELETE-05');
  });
  test('SNS-DELETE-01: loan sharks and fees paid up front', () => {
    expectFlags('SNS-DELETE-01', [
      'ブラックでもOK、即日10万まで融資します。LINEで相談を',
      '審査なしで貸します、多重債務の方でも大丈夫',
      '給料日前にお金貸します、利息は10日で3割',
      '融資の前に保証金として2万円を振り込んでください',
      '登録料を先にお振込みいただければすぐにお仕事紹介します',
    ]);
  });
  test('SNS-DELETE-01: harvesting card numbers, PINs and passwords', () => {
    expectFlags('SNS-DELETE-01', [
      'キャンペーン当選です、カード番号と有効期限を返信してください',
      '本人確認のため暗証番号を教えてください',
      'クレジットカードの裏の3桁の番号を書いてください',
      'マイナポータルのIDとパスワード教えてくれたら手続き代わりにやります',
    ]);
  });
  test('SNS-DELETE-01: dark jobs with recruitment, prescription drugs and stolen goods for sale', () => {
    expectFlags('SNS-DELETE-01', [
      'うけ子 いませんか 高収入',
      'ｳｹｺ急募 日給5万',
      '闇バイトやりたい人募集、1日で10万',
      'デパス余ってるから譲るよ、欲しい人DM',
      '盗んだ自転車売ってるんだけど欲しい人いる？',
      '横領してもバレない方法教える',
    ]);
  });
  test('SNS-DELETE-01: ordinary talk about documents, visas, benefits, accounts and loans is left alone', () => {
    expectNot(
      ['SNS-DELETE-01'],
      [
        '離職票が届かないんですが、どうしたらいいですか',
        '前の会社が離職票を作ってくれません',
        '在職証明書は会社が作ります',
        '診断書を書いてもらえる病院を探しています',
        'マイナンバーカードは市役所で作れます',
        '在留カードの期限が切れそうなので更新します',
        '留学生は週28時間以内なら働けます',
        '失業保険をもらいながら職業訓練に通っています',
        '生活保護を受けていることを職場に隠しておきたいです',
        '不正受給は犯罪なので絶対にやめましょう',
        'LINEアカウントを作り直しました',
        'SIMフリーのスマホを買いました',
        '古いスマホを買取店に売りました',
        '緊急小口資金の貸付を受けることができました',
        '参加費は当日会場でお支払いください',
        '暗証番号を忘れてしまいました',
        'カード番号を聞かれても絶対に教えないでください',
        'IDとパスワードを忘れた場合はどうすればいいですか',
        '闇バイトの募集がSNSにたくさんあって怖い',
        '息子が闇バイトに誘われたようで心配です',
        '睡眠薬を飲まないと眠れない日が続いています',
        '生協の野菜は新鮮でおいしいです',
        'タイムカードの押し忘れがありました',
      ],
    );
  });
});

describe('SNS-DELETE-11 harmful programs', () => {
  test('SNS-DELETE-11: hacking, spying and cracked tools offered for download', () => {
    expectFlags('SNS-DELETE-11', [
      '相手のLINEを遠隔で見れるアプリ作った、このファイル開いて使って',
      '面接の合否を事前に見れるハッキングツールあります',
      '他人のアカウントを乗っ取れるアプリ、欲しい人いる？',
      'キーロガー仕込んだ履歴書テンプレ配ってます',
      '相手のスマホを遠隔で操作できるアプリあります',
      'Wi-Fiのパスワードを解析できるアプリ入れてみて→ crack.example.com/wifi',
      'スマホにウイルスが検出されました。今すぐこちらから駆除してください',
      'LINEのトーク履歴を見れるツール配布中→ talkviewer.example.net/viewer.exe',
    ]);
  });
  test('SNS-DELETE-11: security advice, automation at work and official stores are left alone', () => {
    expectNot(
      ['SNS-DELETE-11'],
      [
        'ウイルス対策ソフトは入れておきましょう',
        '怪しいファイルは開かないように気をつけてください',
        'アカウントがハッキングされたみたいです。どうすればいいですか',
        'Zoomは公式サイトからインストールしてください',
        'エクセルの自動化ツールを仕事で使っています',
        '仕事のライフハックをまとめたアプリを入れてみました',
        'プログラミングの勉強でハッキングの基礎を学んでいます',
      ],
    );
  });
});

describe('SNS-DELETE-12 obscene', () => {
  test('SNS-DELETE-12: sexual verbs written in katakana', () => {
    expectFlags('SNS-DELETE-12', [
      '就活生の女の子とヤリたい',
      '受付のお姉さん、ヤレそうだよね',
      '講師の女、ヤリてえ',
    ]);
  });
  test('SNS-DELETE-12: adult video vocabulary, English words and adult hosts', () => {
    expectFlags('SNS-DELETE-12', [
      '無修正の動画あるよ',
      'エロ画像送ってよ',
      '裏垢女子とつながりたい',
      'ハメ撮り動画売ってる',
      'send nudes',
      'NSFW content here',
      'エロサイトのリンク→ ero-douga.example.com',
      '乳首見えてたよ',
    ]);
  });
  test('SNS-DELETE-12: looking for a sex partner is also solicitation (05)', () => {
    for (const text of ['セフレ募集、DMください', 'sex friend 探してます']) {
      const got = rules(run(text));
      expect(got, text).toContain('SNS-DELETE-12');
      expect(got, text).toContain('SNS-DELETE-05');
    }
  });
  test('SNS-DELETE-12: ordinary やれる / やりたい / やらせて and job words are not obscene', () => {
    expectNot(
      ['SNS-DELETE-12'],
      [
        '仕事やれる人いますか',
        '一緒にやれることを探しましょう',
        'かけ子やれる人いない？高収入',
        'やりたい仕事が見つかりません',
        'ヤル気のある方歓迎です',
        'やり手の営業マンに憧れる',
        '今ハヤリの職種について知りたい',
        'やらせてください、頑張ります',
        'その番組ヤラセでしょ',
        '無修正の履歴書写真をください',
        'AV機器メーカーの求人を探しています',
        'ラブホテルの清掃のバイトをしています',
        'スマホはバイブにしてください',
        '靴を脱いで上がってください',
        '残り物をおかずにする',
        '夜の相談窓口は何時までですか',
      ],
    );
  });
});
