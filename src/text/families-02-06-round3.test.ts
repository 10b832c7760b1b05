import { describe, test } from 'vitest';
import {
  expectAllowed as allows,
  expectFlagged as flags,
  expectNotLabelled as notLabelled,
} from './moderation-test-kit.ts';

// Vocabulary families for SNS-DELETE-02 and 06 (third round: role denial, disability as burden,
// hygiene, exclusion commands, pathologising, staff singled out, competence sneers) and the hard
// negatives they must leave alone. Sentences written for these tests.

describe('SNS-DELETE-06', () => {
  test('SNS-DELETE-06: denying a sex or group a role, or a job list for one sex only, is discrimination', () => {
    flags('SNS-DELETE-06', [
      '女に管理職なんて無理だって。男だけ採っとけばいい',
      '女性のアドバイザーに年金の話しても分かるわけないでしょ',
      'シニアには無理だろ、パソコン研修なんて',
    ]);
  });
  test('SNS-DELETE-06: disabled people as a burden or useless workers is discrimination', () => {
    flags('SNS-DELETE-06', [
      '精神障害の人って戦力にならないから採るだけ損',
      '目の見えない人はオンライン講座の対象外にすれば？手間増えるだけ',
      '車イスの人がいると避難訓練がお荷物でしかない',
      'ADHDの奴は言い訳ばかりで仕事にならん。支援なんかいらない',
    ]);
  });
  test('SNS-DELETE-06: hygiene and disgust aimed at a group is discrimination', () => {
    flags('SNS-DELETE-06', [
      'アフリカ人が調理実習にいたら衛生的に無理',
      'ムスリムの参加者って気味が悪いから同じ部屋にしないで',
    ]);
  });
  test('SNS-DELETE-06: commands and avoidance to keep a group out are discrimination', () => {
    flags('SNS-DELETE-06', [
      '同和地区の人が来るイベントなら参加したくない',
      '在日の応募者は書類で外しとけよ',
      'エホバの信者がいる職場はやめとけ、面倒ばっかだから',
      '関西弁の奴に受付させんな、うるさくて客が離れる',
      'ハーフの子は日本語まともに話せないし面接会に入れないで',
    ]);
  });
  test('SNS-DELETE-06: treating a sexuality as an illness, or benefits for foreigners as theft of taxes', () => {
    flags('SNS-DELETE-06', [
      'トランスジェンダーとかいう連中は病院行けよ',
      '外国人にまで給付金出すとか、日本人の税金だろ',
    ]);
  });
  test('SNS-DELETE-06: the same words about oneself, in a help request or a welcome stay acceptable', () => {
    allows([
      '車いすでも説明会に参加できますか？',
      '耳が聞こえないのですが、ビデオ相談の対象外になりますか',
      '高齢者には無理のない範囲で働ける求人を紹介してもらえました',
      '外国籍でも失業手当はもらえるのでしょうか',
      '女性の私なんて営業は無理かなと思っていましたが、相談して自信がつきました',
      '障害者雇用の手続きについて相談したいです',
    ]);
  });
});

describe('SNS-DELETE-02', () => {
  test('SNS-DELETE-02: a weak insult at one person named by sex or age is an insult', () => {
    flags('SNS-DELETE-02', ['窓口の女性職員、ほんと態度悪すぎ', '説明会のおじさん、話がくどくてウザい']);
  });
  test('SNS-DELETE-02: sneers at a staff member’s competence, looks or credentials are insults', () => {
    flags('SNS-DELETE-02', [
      '担当のカウンセラー、いかにも頭悪そうな顔してる',
      'あの講師、説得力皆無。よくそれでプロ名乗れるな',
      '相談員の書いた案内文、小学生レベルの日本語',
      '職員さんの理解力に合わせてゆっくり説明してあげないとね',
      'キャリアアドバイザーなんてただの素人のバイトでしょ',
    ]);
  });
  test('SNS-DELETE-02: accusing staff of lining their pockets or abetting fraud is defamation', () => {
    flags('SNS-DELETE-02', ['所長は補助金で私腹を肥やしてる', 'あそこの職員は詐欺に加担してるよ']);
  });
  test('SNS-DELETE-02: discriminatory hostility at one named staff member is an insult as well', () => {
    flags('SNS-DELETE-02', ['あの相談員、韓国人だから信用できない。国に帰れ']);
    flags('SNS-DELETE-06', ['あの相談員、韓国人だから信用できない。国に帰れ']);
  });
  test('SNS-DELETE-02: English swearing at the office is an insult', () => {
    flags('SNS-DELETE-02', ['fuck you job cafe', 'F*CK OFF hello work']);
  });
  test('SNS-DELETE-02: self-talk, debunks, praise and hearsay of the same words stay acceptable', () => {
    allows([
      '自分は頭悪そうな顔してるってよく言われます',
      '担当の方が私腹を肥やしているなんて根拠のないデマです',
      '講師の先生、説得力があってとても分かりやすかったです',
      '小学生レベルの問題から復習できる講座があって助かりました',
      '私は担当の女性職員に本当に親身になってもらいました',
    ]);
  });
  test('SNS-DELETE-02: a rude boss named in the company profile is not a 06 post', () => {
    notLabelled('SNS-DELETE-06', ['人事の女も性格最悪、あの会社はやめた方がいい']);
  });
});
