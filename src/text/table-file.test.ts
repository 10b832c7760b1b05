import { expect, test } from 'vitest';
import { decodeTableFile, encodeTableFile, readTableFileKey } from './table-file.ts';

const sections = {
  ints: Int32Array.of(-1, 0, 2 ** 31 - 1),
  units: Uint16Array.of(0xd800, 65535, 7),
  bytes: Uint8Array.of(1, 2, 3),
  doubles: Float64Array.of(0.5, -1e-9),
  // Lone surrogates and control characters, as n-grams cut by code unit hold them.
  texts: ['\u0002あ', '', '\ud83d', 'x\u0003', '死ね'],
  empty: [] as string[],
  count: 42,
  range: [1, 3],
  name: 'v1',
};

test('a table file gives back its typed arrays, string lists and values', () => {
  const decoded = decodeTableFile(encodeTableFile('k', sections), 'k')!;
  expect(decoded).not.toBeNull();
  expect(Object.fromEntries(decoded)).toEqual(sections);
  expect(decoded.get('units')).toBeInstanceOf(Uint16Array);
});

test('a table file is read only with the key it was written with, and not when cut short', () => {
  const file = encodeTableFile('inputs-1', sections);
  expect(readTableFileKey(file)).toBe('inputs-1');
  expect(decodeTableFile(file, 'inputs-2')).toBeNull();
  expect(decodeTableFile(file.subarray(0, file.length - 16), 'inputs-1')).toBeNull();
  expect(decodeTableFile(Buffer.alloc(2), 'inputs-1')).toBeNull();
});

test('sections at an odd offset in memory are copied, not viewed', () => {
  const file = encodeTableFile('k', sections);
  const shifted = Buffer.alloc(file.length + 1);
  file.copy(shifted, 1);
  expect(Object.fromEntries(decodeTableFile(shifted.subarray(1), 'k')!)).toEqual(sections);
});
