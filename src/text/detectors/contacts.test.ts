import { beforeAll, describe, expect, test } from 'vitest';
import { createModerationEngine, type ModerationEngine } from '../engine.ts';
import { contextForRow } from '../evaluation.ts';
import type { RuleId } from '../verdict.ts';

let engine: ModerationEngine;
beforeAll(() => {
  engine = createModerationEngine();
});

function rules(text: string): RuleId[] {
  const context = contextForRow({
    id: 't',
    text,
    labels: [],
    account: 'jobcafe',
    post: 'Instagram: 説明会の告知',
  });
  return engine.moderate({ text, context }).labels.map((l) => l.ruleId);
}

describe('contact details: whose they are and why they were given', () => {
  test('SNS-DELETE-05: a number given with a paid service or an offer is solicitation, not someone else’s data', () => {
    for (const text of [
      'エントリーシートの添削を承ります。1回2000円、ご依頼は080-2468-1357まで',
      '格安で面接対策します！090-1357-2468に電話ください',
      'ポスティングの代行やってます。連絡は070-1122-3344へ',
    ]) {
      const found = rules(text);
      expect(found, text).toContain('SNS-DELETE-05');
      expect(found, text).not.toContain('SNS-DELETE-09');
    }
  });

  test('SNS-DELETE-09: an office’s landline that a user asks about is not personal data', () => {
    for (const text of [
      '説明会の問い合わせ先は03-1234-5678で合ってますか？',
      'A社の採用窓口の電話番号、048-111-2222に変わったみたいです',
    ])
      expect(rules(text), text).toEqual([]);
  });

  test('SNS-DELETE-09: a number written in kanji numerals is a number, someone else’s or one’s own', () => {
    expect(rules('元カレの番号、〇九〇‐一二三四‐五六七八やで')).toContain('SNS-DELETE-09');
    expect(rules('相談会は十月二十日、定員は三〇名です')).toEqual([]);
    const own = '私の番号は〇八〇ー九八七六ー五四三二です';
    const desk = contextForRow({
      id: 't',
      text: own,
      labels: [],
      account: 'desk',
      post: 'LINE: 専門家からの折り返し連絡先の確認',
    });
    expect(engine.moderate({ text: own, context: desk }).labels).toEqual([]);
  });

  test('SNS-DELETE-09: a person’s number stays someone else’s data, landline or mobile', () => {
    for (const text of [
      '佐藤さんの携帯090-8765-4321だよ',
      '高橋くんの自宅は03-9876-5432',
      '同じクラスだった伊藤の番号 080-2222-3333',
    ])
      expect(rules(text), text).toContain('SNS-DELETE-09');
  });
});
