import { describe, expect, test } from 'vitest';
import { moderateFully, moderateOn, ruleIds } from './moderation-test-kit.ts';

// A question or a thank-you cancels a violation only in its own sentence (or when it is a short tag
// right after it): comments often thank or ask first and pitch, leak or insult after. Sentences
// written for these tests.

describe('blockers that reach one sentence', () => {
  test('SNS-DELETE-04: a question in another sentence does not excuse pointing to pirated copies', () => {
    const text = 'セミナーはいつありますか？ところで海賊版の漫画が全部タダで読めるサイトあるよ';
    expect(ruleIds(moderateOn(text))).toContain('SNS-DELETE-04');
    expect(ruleIds(moderateFully(text))).toContain('SNS-DELETE-04');
  });

  test('SNS-DELETE-09: thanking the staff first does not excuse exposing where someone is seen every day', () => {
    const text = '先週はありがとうございました。田中さんって〇〇町のコンビニで毎日夜勤してる人だよね';
    expect(ruleIds(moderateOn(text))).toContain('SNS-DELETE-09');
  });

  test('SNS-DELETE-05: a question before or after a sales pitch leaves it a pitch', () => {
    for (const text of [
      '予約はいつから取れますか？海賊版じゃなくて、在宅で月50万稼げる副業あります、DMください',
      '在宅で月50万稼げる副業あります、DMください。ところで駐車場はありますか？',
    ])
      expect(ruleIds(moderateOn(text)), text).toContain('SNS-DELETE-05');
  });

  test('SNS-DELETE-08: a short question right after a rumour asks about it, and is not a claim', () => {
    for (const text of [
      '来月で窓口が閉鎖されるって聞いた。マジ？',
      '来月から相談窓口が閉鎖されるらしい。本当ですか？',
    ])
      expect(ruleIds(moderateOn(text)), text).toEqual([]);
  });

  test('SNS-DELETE-05: a question in the same sentence still asks about the scam rather than running it', () => {
    expect(ruleIds(moderateOn('副業で月50万稼げるってDMが来ました。これって詐欺ですか？'))).toEqual([]);
  });
});
