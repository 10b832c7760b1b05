import { describe, expect, test } from 'vitest';
import { expectAllowed as allows, expectFlagged as flags } from './moderation-test-kit.ts';
import { reportedQuotes } from './reported-speech.ts';

// Words the writer quotes as received are someone else's. Sentences written for these tests.

function quoted(text: string): string[] {
  const q = reportedQuotes(text);
  const out: string[] = [];
  for (let k = 0; k < q.length; k += 2) out.push(text.slice(q[k], q[k + 1]));
  return out;
}

describe('reported quotes', () => {
  test('a quote followed by a verb of receiving or of another person saying is reported', () => {
    expect(quoted('課長に「辞めちまえ」って毎朝怒鳴られる')).toEqual(['辞めちまえ']);
    expect(quoted('「稼げる案件あります」というメールが届きました')).toEqual(['稼げる案件あります']);
    expect(quoted('社長が「うちは○○党」と言ってきた')).toEqual(['うちは○○党']);
  });

  test('quotes chained before one verb are all reported', () => {
    expect(quoted('「ブス」「来るな」とLINEが来た')).toEqual(['ブス', '来るな']);
  });

  test('the writer’s own saying, a wish or a request is not a report', () => {
    expect(quoted('あの課長に「消えろ」って言ってやる')).toEqual([]);
    expect(quoted('「ふざけるな」って伝えてください')).toEqual([]);
    expect(quoted('「ふざけるな」って言ってください')).toEqual([]);
    expect(quoted('「在宅で月50万」詳細はプロフへ')).toEqual([]);
    expect(quoted('「在宅で月50万」って案件、気になる人は見てね')).toEqual([]);
    expect(quoted('「出ていけ」って紙を貼っておいた')).toEqual([]);
  });

  test('a stray opener does not swallow the text after it; a far closer closes nothing', () => {
    expect(quoted('「出ていけ。「言い過ぎ」ってDMが来た')).toEqual(['言い過ぎ']);
    expect(quoted(`「${'あ'.repeat(300)}」って言われた`)).toEqual([]);
  });
});

describe('reported speech in the verdict', () => {
  test('SNS-DELETE-07: a threat the writer received and reports is not a threat', () => {
    allows(['工場長に「次ミスしたらぶっ殺すぞ」って毎日怒鳴られます。もう限界です']);
    flags('SNS-DELETE-07', ['次ミスしたらぶっ殺すぞ', '「ぶっ殺すぞ」工場長へ']);
  });

  test('SNS-DELETE-02: an insult the writer was called is a report', () => {
    allows(['パート先で「役立たずのババア」と呼ばれています。辞めたほうがいいでしょうか']);
  });

  test('SNS-DELETE-02 / 06: asking others to say it, or posting it oneself, is not a report', () => {
    flags('SNS-DELETE-02', ['あいつに「このブス」って言ってください']);
    flags('SNS-DELETE-06', [
      '「外国人は出ていけ」ってビラを貼っておいた',
      '「外国人は出ていけ。「言い過ぎ」ってDMが来たけど撤回しない',
    ]);
  });

  test('SNS-DELETE-05 / 01: a pitch the writer received and asks about is not a pitch', () => {
    allows(['「荷物を受け取るだけで日給4万」ってDMが来ました。これ闇バイトですよね？返信はしてません']);
    flags('SNS-DELETE-05', ['荷物を受け取るだけで日給4万。詳しくはDMください']);
  });
});
