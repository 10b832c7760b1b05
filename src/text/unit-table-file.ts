// The fold table's entries for every BMP code unit, derived from the normaliser at build time
// (npm run build:unit-table) so that no character pays for its description on first sight. Stored as
// entry XOR unit (small, much repeated values), Brotli-compressed, after a header naming the Unicode
// version the entries were derived under: under another version they are not used.
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

export const UNIT_TABLE_FILE = new URL('./unit-table.bin', import.meta.url);
const UNITS = 65536;

export function encodeUnitTable(entries: Int32Array, unicode: string): Buffer {
  const header = Buffer.from(JSON.stringify({ unicode }));
  const body = Buffer.alloc(4 + header.length + UNITS * 4);
  body.writeUInt32LE(header.length, 0);
  header.copy(body, 4);
  for (let u = 0; u < UNITS; u++) body.writeInt32LE(entries[u]! ^ u, 4 + header.length + u * 4);
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}

/** The shipped entries; null when the file is missing or was derived under another Unicode version. */
export function readUnitTable(unicode = process.versions.unicode): Int32Array | null {
  let body: Buffer;
  try {
    body = brotliDecompressSync(readFileSync(UNIT_TABLE_FILE));
  } catch {
    return null;
  }
  const headerLength = body.readUInt32LE(0);
  const header = JSON.parse(body.subarray(4, 4 + headerLength).toString()) as { unicode?: unknown };
  if (unicode === undefined || header.unicode !== unicode || body.length !== 4 + headerLength + UNITS * 4)
    return null;
  // One copy into the table, then XOR in place: reading the ints one by one took ~15 ms at start-up.
  const entries = new Int32Array(UNITS);
  new Uint8Array(entries.buffer).set(body.subarray(4 + headerLength));
  if (endianness() === 'BE') Buffer.from(entries.buffer).swap32();
  for (let u = 0; u < UNITS; u++) entries[u]! ^= u;
  return entries;
}
