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
    expect(quoted('「在宅で月50万」詳細はプロフへ')).toEqual([]);
  });
});

describe('reported speech in the verdict', () => {
  test('SNS-DELETE-07: a threat the writer received and reports is not a threat', () => {
    allows([
      '工場長に「次ミスしたらぶっ殺すぞ」って毎日怒鳴られます。もう限界です',
      '元カレから「職場まで行くからな」「逃げられると思うなよ」ってメッセージが来て眠れません',
    ]);
    flags('SNS-DELETE-07', ['次ミスしたらぶっ殺すぞ', '「ぶっ殺すぞ」工場長へ']);
  });

  test('SNS-DELETE-02 / 06: an insult or a slur the writer was called is a report', () => {
    allows([
      'パート先で「役立たずのババア」と呼ばれています。辞めたほうがいいでしょうか',
      '面接で「外国人はすぐ辞めるから採らない」と言われました。相談できますか',
    ]);
  });

  test('SNS-DELETE-05 / 01: a pitch the writer received and asks about is not a pitch', () => {
    allows(['「荷物を受け取るだけで日給4万」ってDMが来ました。これ闇バイトですよね？返信はしてません']);
    flags('SNS-DELETE-05', ['荷物を受け取るだけで日給4万。詳しくはDMください']);
  });
});
