import { expect, test } from 'vitest';
import { UNIT_TABLE, unitEntry } from './fold-table.ts';
import { readUnitTable } from './unit-table-file.ts';

test('the shipped unit table is the normaliser’s own description of every BMP code unit (npm run build:unit-table)', () => {
  const shipped = readUnitTable();
  expect(shipped).not.toBeNull();
  const differing: string[] = [];
  for (let unit = 0; unit < 65536; unit++)
    if (shipped![unit] !== unitEntry(unit)) differing.push(`U+${unit.toString(16).padStart(4, '0')}`);
  expect(differing).toEqual([]);
  // The fold table starts from it: no BMP character waits for its description.
  expect(UNIT_TABLE.every((entry) => entry !== 0)).toBe(true);
});

test('a unit table derived under another Unicode version is not used', () => {
  expect(readUnitTable('0.0')).toBeNull();
});
