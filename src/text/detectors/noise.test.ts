import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isRepetition, isSpace } from './noise.ts';

/** The definition: some block of p units (4 ≤ p ≤ n/3) such that every unit equals the one p before. */
function repeatsNaively(units: number[]): boolean {
  const n = units.length;
  for (let p = 4; p <= n / 3; p++) if (units.every((u, i) => i < p || u === units[i - p])) return true;
  return false;
}

test('SNS-DELETE-14 copy-paste check: a block of four or more units repeated at least three times', () => {
  const unit = fc.constantFrom(0x3042, 0x3044, 0x3046, 0x61, 0x62, 0x20);
  const block = fc.array(unit, { minLength: 1, maxLength: 7 });
  const repeated = fc
    .tuple(block, fc.integer({ min: 1, max: 8 }), fc.array(unit, { maxLength: 3 }))
    .map(([b, times, tail]) => [...Array.from({ length: times }, () => b).flat(), ...tail]);
  // A repetition with one unit changed anywhere, the first block included.
  const spoilt = fc
    .tuple(repeated, fc.nat(), unit)
    .map(([units, at, u]) => units.map((v, i) => (i === at % units.length ? u : v)));
  const text = fc.oneof(fc.array(unit, { maxLength: 40 }), repeated, spoilt);
  fc.assert(
    fc.property(text, (units) => {
      expect(isRepetition(Uint16Array.from(units))).toBe(repeatsNaively(units));
    }),
    { numRuns: 3000 },
  );
  expect(isRepetition(Uint16Array.from('資料です資料です資料です', (c) => c.charCodeAt(0)))).toBe(true);
  expect(isRepetition(Uint16Array.from('資料です資料です資料でした', (c) => c.charCodeAt(0)))).toBe(false);
});

test('SNS-DELETE-14 short comments: the whitespace left out when counting is exactly what \\s matches', () => {
  for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
});
