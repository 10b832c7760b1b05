import { expect, test } from 'vitest';
import { generateCorpus } from '../../bench/moderation-corpus.ts';
import { loadDemoTenant } from './context.ts';
import { createModerationEngine } from './engine.ts';
import { loadWarmUpTexts } from './warm-up.ts';

test('SNS-DELETE: the warm-up at load moderates the training sentences and changes no verdict', () => {
  expect(loadWarmUpTexts().length).toBeGreaterThan(500);
  const warmed = createModerationEngine();
  const cold = createModerationEngine({ warmUp: false });
  const { comments } = generateCorpus(3_000);
  const texts = [...comments.map((c) => c.text), ...loadWarmUpTexts().slice(0, 300)];
  for (const context of [undefined, loadDemoTenant('jobcafe'), loadDemoTenant('desk')]) {
    const differing = texts.filter(
      (text) =>
        JSON.stringify(warmed.moderate({ text, context })) !==
        JSON.stringify(cold.moderate({ text, context })),
    );
    expect(differing).toEqual([]);
  }
});
