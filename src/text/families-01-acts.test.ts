import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Vocabulary families for acts under SNS-DELETE-01 (selling stolen data, theft at work, masked drugs,
// runner recruitment, forged or borrowed papers, romaji spellings) and the hard negatives they must
// leave alone. Sentences written for these tests.

describe('SNS-DELETE-01', () => {
  test("SNS-DELETE-01: taking a company's customer data out and selling it to a list broker", () => {
    flags('SNS-DELETE-01', [
      '前の職場の顧客リスト、辞める前に持ち出して名簿屋に売ったら5万になったよ',
      '会員情報をUSBにコピーして業者に売れば小遣い稼ぎになるって',
      '前の会社の名簿、名簿業者に持ってったらええ値段で買うてくれたで',
      '顧客データこっそり抜いて業者に流したら小遣い稼ぎになるで',
    ]);
  });
  test('SNS-DELETE-01: sales work, data rules and reports about brokers stay acceptable', () => {
    allows([
      '顧客リストを使った営業の仕事に応募しました',
      '個人情報の持ち出しは禁止されていると研修で習いました',
      '名簿業者から電話がかかってきて困っています',
      '参加者名簿の持ち出しはご遠慮ください',
      '前職では顧客情報の管理を担当していました',
    ]);
    notLabelled('SNS-DELETE-01', ['顧客情報を業者に売った社員が逮捕されたニュースを見ました']);
  });
  test('SNS-DELETE-01: money from the till, stock and equipment taken from the workplace', () => {
    flags('SNS-DELETE-01', [
      'コンビニのバイトならレジから抜いてもバレないよ',
      'バイト先のレジから毎日ちょっとずつ抜いとるけどバレへん',
      '売上金をちょっとちょろまかしてるけど誰も気づかない',
      '工場の在庫をちょっとずつ持ち帰ってメルカリで売ってる',
      '会社の備品をくすねてメルカリで売ってます',
      '普通の商品も持って帰って売ればいいのに',
    ]);
  });
  test('SNS-DELETE-01: cars and bicycles left unlocked as an invitation to steal, also in romaji', () => {
    flags('SNS-DELETE-01', [
      'スーパーの駐車場、鍵かかってない車多いから盗み放題だよ',
      'この辺の駐輪場、鍵かかってない自転車ばっかやから盗み放題や',
      'Eki no churinjo wa kagi kakete nai jitensha darake, nusumi houdai',
      'Konbini no reji kara nuita kane de nomini iku',
    ]);
  });
  test('SNS-DELETE-01: till work, moving out and warnings about car theft stay acceptable', () => {
    allows([
      'レジ締めのときに現金を数えるのが苦手です',
      '前のバイトでレジのお金が合わなくて怒られた',
      '店の商品を持ち帰ってはいけないルールです',
      '退職するとき私物を少しずつ持ち帰りました',
      '車の鍵をかけ忘れないように気をつけましょう',
      '駐車場で車上荒らしにあいました、鍵をかけていたのに',
      '商品の値札を抜いても大丈夫ですか',
    ]);
    notLabelled('SNS-DELETE-01', [
      '倉庫の商品を持ち上げる作業がきついです',
      'セールの商品が狙い目ですよね',
      'レジ打ちのバイト、レジからお釣りを出すのが遅くて焦ります',
    ]);
  });
  test('SNS-DELETE-01: drugs written with a masked letter, and edibles', () => {
    flags('SNS-DELETE-01', [
      '大〇グミ作ったから欲しい人いる？',
      '大●入りのブラウニー焼いたよ',
      '覚〇剤あります、手渡しOK',
      'マリ〇ァナ吸える場所知ってる人いる？',
      'た〇ま入りのチョコ作ったよ、欲しい人DMして',
      'HHCグミ余ってるから回せるよ',
    ]);
  });
  test('SNS-DELETE-01: masked names and drug education stay acceptable', () => {
    allows(['大〇さんの説明会、わかりやすかったです', '大〇市のハローワークで相談しました']);
    notLabelled('SNS-DELETE-01', [
      '覚醒剤の怖さを学ぶ講演会があるそうです',
      '大〇さん、クッキーありがとうございました',
    ]);
  });
  test('SNS-DELETE-01: thanks for a warning post does not excuse recruiting runners', () => {
    flags('SNS-DELETE-01', [
      '注意喚起ありがとうございます。ところで出し子やれる人いる？1回5万、シグナルで連絡して',
      '注意喚起助かります。受け子の仕事、テレグラムで連絡くれたら紹介するよ',
    ]);
    allows([
      '注意喚起ありがとうございます。受け子にならないよう気をつけます',
      '注意喚起ありがとうございます。テレグラムで誘われた話を聞いて怖くなりました',
    ]);
    notLabelled('SNS-DELETE-01', ['注意喚起ありがとうございます。受け子って捕まったら罪が重いんですね']);
  });
  test('SNS-DELETE-01: income hidden from the tax office, and benefits claimed through a stand-in', () => {
    flags('SNS-DELETE-01', [
      '個人でやってる仕事の売上、税務署にバレないように全部現金でもらって申告してない',
      '飲食店の売上を家族名義の口座に入れとけば所得ゼロにできるで',
      '雇用保険の認定日、弟に代わりに行かせてるけど窓口は気づかない',
    ]);
    allows([
      '副業の収入が20万以下なら確定申告しなくていいって本当ですか',
      '住民税を普通徴収にすれば副業は会社にバレないと聞きました',
      '副業の確定申告のやり方を税理士に相談しました',
      '失業手当の受給中にアルバイトしたらどう申告すればいいでしょう、不正受給にならないか心配です',
    ]);
  });
  test('SNS-DELETE-01: documents remade, bought from a broker or borrowed from someone else', () => {
    flags('SNS-DELETE-01', [
      '在籍証明書なんてワードで作って出せばバレない',
      '離職票は様式を拾ってきて自分で作り直せばいい',
      '大学の卒業証書、ネットで業者から買ったやつで内定もらった',
      '友達の保険証で登録して別の名前で働いてる',
      '兄の免許証使って応募しちゃえばいいよ',
    ]);
    allows(['卒業証明書は大学の窓口で発行してもらいました', '子どもの保険証で病院を受診しました']);
  });
  test('SNS-DELETE-01: unlicensed taxis and staffing, gambling dens, study drugs and stolen produce', () => {
    flags('SNS-DELETE-01', [
      '白タクのドライバーやらない？1日3万',
      '派遣の許可なしで人を工場に回してるけど問題ない',
      '裏カジノの店員募集、日払い2万',
      '集中力が上がる薬あります、海外から個人輸入したやつ1シート3000円',
      '近所の畑の野菜、夜に持って帰ってもバレへんよ',
    ]);
    allows(['派遣の仕事を探しています、許可のある派遣会社を教えてください']);
  });
  test('SNS-DELETE-01: runner recruitment with masked letters or in English', () => {
    flags('SNS-DELETE-01', [
      '受〇子募集、連絡はテ〇グラムで',
      '出●子やれる人、シ●ナルで連絡ちょうだい',
      'Easy job: pick up a package and bring it to Tokyo, no questions asked. DM me',
      'Uke-ko yaru hito inai? Ichi kai 10 man',
    ]);
    notLabelled('SNS-DELETE-12', ['出●子やれる人、シ●ナルで連絡ちょうだい']);
    allows([
      '闇バイトの「運ぶだけ」「受け取るだけ」という言葉は要注意です',
      'Yami baito no DM ga kita kedo keisatsu ni soudan shimashita',
      '闇バイトに注意！知らない人からの誘いに乗らないで',
    ]);
  });
  test('SNS-DELETE-01: telling someone to claim a benefit they are owed is not fraud', () => {
    notLabelled('SNS-DELETE-01', [
      '失業保険は辞めたらちゃんともらっとけよ',
      '制度がなくなるらしいから今のうちに手当もらっとけ',
    ]);
  });
});
