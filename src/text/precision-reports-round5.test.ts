import { describe, test } from 'vitest';
import { expectAllowed as allows, expectFlagged as flags } from './moderation-test-kit.ts';

// Reports of what others said or asked, and running oneself down: the words of a violation used by
// its target. Sentences written for these tests.

describe('reported speech and refusals', () => {
  test('SNS-DELETE-07: a boss’s catchphrase quoted by the one it is said to is a report, not a threat', () => {
    allows([
      '先輩の口癖が「ぶっ殺すぞ」で、毎日びくびくしています',
      '店長は「殺すぞ」と平気で言う人でした。転職したいです',
      '最終面接、殺されるかと思うくらい厳しかった',
    ]);
    flags('SNS-DELETE-07', ['お前ぶっ殺すぞ', '受付の男、殺すぞ']);
  });

  test('SNS-DELETE-02: an insult the writer was called, in quotes, is a report, not defamation', () => {
    allows(['社長がバイトを「ゴミ」と呼ぶ職場でした', '「給料泥棒」って書き込みを見て落ち込みました']);
    flags('SNS-DELETE-02', ['受付の田中はゴミ', 'あの職員マジで給料泥棒']);
  });

  test('SNS-DELETE-02: a self-introduction that runs oneself down insults nobody', () => {
    allows([
      'ブランク10年のポンコツですが、よろしくお願いします',
      '学歴ゴミでも応募できる求人を探しています',
    ]);
  });

  test('SNS-DELETE-01: refusing or asking how to refuse a crime job is not recruiting for it', () => {
    allows([
      '知人から口座を貸してと言われ、断り方を考えています',
      '名義貸しを頼まれても断るように、弟に言いました',
      '受け子をさせられそうになったので警察に行きました',
    ]);
    flags('SNS-DELETE-01', [
      '口座を貸してくれたら3万払います、DMください',
      '受け子できる人いない？日払い5万',
    ]);
  });
});
