import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generateCorpus } from '../../bench/moderation-corpus.ts';
import { loadDemoTenant } from './context.ts';
import { createModerationEngine } from './engine.ts';
import {
  compileBundledParts,
  ENGINE_TABLES_FILE,
  encodeEngineTables,
  engineTablesKey,
  loadEngineTables,
} from './engine-tables.ts';
import { loadLexiconFiles } from './lexicon.ts';
import { readTableFileKey } from './table-file.ts';
import { loadWarmUpTexts } from './warm-up.ts';

const shipped = readFileSync(ENGINE_TABLES_FILE);
const key = engineTablesKey();
const compiled = compileBundledParts();

test('the shipped engine tables are what this code compiles from the bundled lexicons and model (npm run build:engine-tables)', () => {
  const rebuild = 'engine-tables.bin is stale: run npm run build:engine-tables';
  expect(readTableFileKey(shipped), `${rebuild} (the lexicons or the model changed)`).toBe(key);
  expect(
    encodeEngineTables(compiled, key).equals(shipped),
    `${rebuild} (the code that compiles them changed)`,
  ).toBe(true);
});

test('the parts read from the file are the parts compiled from the sources', () => {
  const loaded = loadEngineTables(loadLexiconFiles(), key);
  expect(loaded).not.toBeNull();
  // Each part's tables as the loaded objects give them back, written again, byte for byte.
  expect(encodeEngineTables(loaded!, key).equals(encodeEngineTables(compiled, key))).toBe(true);
  const entries = (parts: typeof compiled) =>
    parts.lexicon.patternEntries().map(({ text, group }) => `${text} ${group.id}`);
  expect(entries(loaded!)).toEqual(entries(compiled));
  expect(loaded!.lexicon.termCount).toBe(compiled.lexicon.termCount);
});

test('a file built from other inputs is not read', () => {
  expect(loadEngineTables(loadLexiconFiles(), `${key}, before a lexicon edit`)).toBeNull();
});

test('SNS-DELETE: an engine that reads the file gives the verdicts of one that compiles at load', () => {
  const read = createModerationEngine({ warmUp: false });
  const built = createModerationEngine({ warmUp: false, prebuilt: false });
  const texts = [...generateCorpus(2_000).comments.map((c) => c.text), ...loadWarmUpTexts().slice(0, 500)];
  for (const context of [loadDemoTenant('jobcafe'), loadDemoTenant('desk')]) {
    const differing = texts.filter(
      (text) =>
        JSON.stringify(read.moderate({ text, context })) !==
        JSON.stringify(built.moderate({ text, context })),
    );
    expect(differing).toEqual([]);
  }
});
