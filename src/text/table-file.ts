// A file of named typed arrays, string lists and small values, for tables derived at build time and
// read back at load without parsing them: a JSON header (a key naming the inputs, the small values,
// each section's name, type and length), then each section's bytes, little-endian, 8-byte aligned.
// Not compressed: Brotli took ~100 ms to unpack the engine's 15 MB at every start. Git stores the file
// compressed, and as a delta: a one-term lexicon edit changed 1.8 MB of it (a 0.8 MB delta), where a
// compressed file differs throughout.
import { endianness } from 'node:os';

export type Table = Int32Array | Uint16Array | Uint8Array | Float64Array;
/** Numbers, strings and lists of numbers are kept in the header. */
export type Value = number | string | readonly number[];
/** A file's content: typed arrays, string lists (stored as their UTF-16 text and each one's length), values. */
export type Sections = Record<string, Table | readonly string[] | Value>;
export type Decoded = Map<string, Table | string[] | Value>;

const TYPES = { Int32Array, Uint16Array, Uint8Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;

interface Header {
  key: string;
  values: Record<string, Value>;
  /** A string list has `units`, the code units of its joined text, and its lengths in the next section. */
  sections: Array<{ name: string; type: TypeName | 'strings'; length: number; units?: number }>;
}

const align = (n: number): number => (n + 7) & ~7;

function typeName(table: Table): TypeName {
  for (const [name, make] of Object.entries(TYPES)) if (table instanceof make) return name as TypeName;
  throw new Error('table file: unsupported section type');
}

export function encodeTableFile(key: string, sections: Sections): Buffer {
  if (endianness() === 'BE') throw new Error('table file: written on little-endian machines only');
  const header: Header = { key, values: {}, sections: [] };
  const parts: Uint8Array[] = [];
  for (const [name, section] of Object.entries(sections)) {
    if (typeof section !== 'object' || (Array.isArray(section) && section.some((v) => typeof v !== 'string')))
      header.values[name] = section as Value;
    else if (Array.isArray(section)) {
      const list = section as readonly string[];
      const text = list.join('');
      header.sections.push({ name, type: 'strings', length: list.length, units: text.length });
      parts.push(Buffer.from(text, 'utf16le'));
      const lengths = Int32Array.from(list, (s) => s.length);
      header.sections.push({ name: `${name}:lengths`, type: 'Int32Array', length: lengths.length });
      parts.push(new Uint8Array(lengths.buffer));
    } else {
      const table = section as Table;
      header.sections.push({ name, type: typeName(table), length: table.length });
      parts.push(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
    }
  }
  const headerBytes = Buffer.from(JSON.stringify(header));
  let size = align(4 + headerBytes.length);
  for (const part of parts) size += align(part.length);
  const body = Buffer.alloc(size);
  body.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(body, 4);
  let at = align(4 + headerBytes.length);
  for (const part of parts) {
    body.set(part, at);
    at += align(part.length);
  }
  return body;
}

function readHeader(file: Buffer): Header | null {
  if (file.length < 4) return null;
  const length = file.readUInt32LE(0);
  try {
    return JSON.parse(file.toString('utf8', 4, 4 + length)) as Header;
  } catch {
    return null;
  }
}

/** The key a file was written with; null when it cannot be read. */
export function readTableFileKey(file: Buffer): string | null {
  return readHeader(file)?.key ?? null;
}

/**
 * The sections of a file written with `key`; null when it was written with another key (its inputs
 * have changed since), cannot be read, or this machine is big-endian. The typed arrays may be views on
 * the file's buffer, which they then keep alive.
 */
export function decodeTableFile(file: Buffer, key: string): Decoded | null {
  if (endianness() === 'BE') return null;
  const header = readHeader(file);
  if (header === null || header.key !== key) return null;
  const out: Decoded = new Map(Object.entries(header.values));
  let at = align(4 + file.readUInt32LE(0));
  let text = '';
  for (const { name, type, length, units } of header.sections) {
    if (type === 'strings') {
      text = file.toString('utf16le', at, at + 2 * units!);
      at += align(2 * units!);
      continue;
    }
    const make = TYPES[type];
    const bytes = length * make.BYTES_PER_ELEMENT;
    if (at + bytes > file.length) return null;
    // A view on the file's memory where it is aligned for the type (a file read whole is), else a copy.
    let table: Table;
    if ((file.byteOffset + at) % make.BYTES_PER_ELEMENT === 0)
      table = new make(file.buffer as ArrayBuffer, file.byteOffset + at, length);
    else {
      table = new make(length);
      new Uint8Array(table.buffer).set(file.subarray(at, at + bytes));
    }
    at += align(bytes);
    if (!name.endsWith(':lengths')) {
      out.set(name, table);
      continue;
    }
    const list: string[] = new Array(length);
    for (let k = 0, from = 0; k < length; from += table[k]!, k++)
      list[k] = text.slice(from, from + table[k]!);
    out.set(name.slice(0, -':lengths'.length), list);
  }
  return out;
}
