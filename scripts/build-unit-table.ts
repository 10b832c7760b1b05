// npm run build:unit-table — derives the fold table's entry of every BMP code unit from the normaliser
// and writes src/text/unit-table.bin. The file is committed; a test checks it is this derivation.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unitEntry } from '../src/text/fold-table.ts';
import { encodeUnitTable, UNIT_TABLE_FILE } from '../src/text/unit-table-file.ts';

const unicode = process.versions.unicode;
if (!unicode)
  throw new Error('this Node.js does not name its Unicode version: the table could not be checked at load');
const entries = Int32Array.from({ length: 65536 }, (_, unit) => unitEntry(unit));
const file = encodeUnitTable(entries, unicode);
writeFileSync(UNIT_TABLE_FILE, file);
process.stdout.write(`${fileURLToPath(UNIT_TABLE_FILE)}: ${file.length} bytes (Unicode ${unicode})\n`);
