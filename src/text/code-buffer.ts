import { slabInt32, slabUint8 } from './array-slab.ts';
import type { Normalised } from './normalise.ts';

/**
 * A growable run of UTF-16 code units, each with the original range [start, end) that produced it
 * and whether the user wrote it in katakana. The normaliser's passes and the fast scanner write into
 * reused instances, so a call allocates nothing until a view is materialised.
 */
export class CodeBuffer {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  kata: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kata = new Uint8Array(capacity);
  }
  push(code: number, start: number, end: number, kata = 0): void {
    if (this.length === this.codes.length) this.grow();
    const k = this.length++;
    this.codes[k] = code;
    this.starts[k] = start;
    this.ends[k] = end;
    this.kata[k] = kata;
  }
  last(): number {
    return this.length > 0 ? this.codes[this.length - 1]! : -1;
  }
  reset(): this {
    this.length = 0;
    return this;
  }
  /** Makes room for n more code units, so a caller may write the arrays directly. */
  reserve(n: number): this {
    while (this.codes.length < this.length + n) this.grow();
    return this;
  }
  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const grow = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.codes = grow(this.codes, (n) => new Uint16Array(n));
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.kata = grow(this.kata, (n) => new Uint8Array(n));
  }
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The UTF-16 code units of a string in a reused typed array. Reading a typed array in a loop is
 * several times faster than charCodeAt on sliced or concatenated strings, and one Buffer.write
 * copies any string in native code.
 */
export class UnitCopy {
  private bytes = Buffer.alloc(2048);
  private view = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, 1024);

  copy(text: string): Uint16Array {
    if (this.view.length < text.length) {
      this.bytes = Buffer.alloc(text.length * 4);
      this.view = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, text.length * 2);
    }
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, 'utf16le');
    else for (let i = 0; i < text.length; i++) this.view[i] = text.charCodeAt(i);
    return this.view;
  }
}

/** The text of the first n codes (Buffer's UTF-16 decoding takes half the time of a TextDecoder here). */
function textOf(codes: Uint16Array, n: number): string {
  return Buffer.from(codes.buffer, codes.byteOffset, n * 2).toString('utf16le');
}

/**
 * A view over a buffer's own arrays, valid until the buffer is written again: for a caller that
 * is done with the view before its next scan (the engine's fast path), saving the copies.
 */
export function viewOf(b: CodeBuffer): Normalised {
  return viewOver(b.codes, b.starts, b.ends, b.kata, b.length);
}

/** The first n entries of a view's arrays, as a view over them (no copies). */
export function viewOver(
  codes: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  kata: Uint8Array,
  n: number,
): Normalised {
  return {
    text: textOf(codes, n),
    map: starts.subarray(0, n),
    ends: ends.subarray(0, n),
    katakana: kata.subarray(0, n),
  };
}

/** Copies the scratch buffers out into arrays of its own (carved from the shared slab). */
export function toNormalised(b: CodeBuffer): Normalised {
  const n = b.length;
  const text = textOf(b.codes, n);
  const map = slabInt32(n);
  const ends = slabInt32(n);
  const katakana = slabUint8(n);
  map.set(b.starts.subarray(0, n));
  ends.set(b.ends.subarray(0, n));
  katakana.set(b.kata.subarray(0, n));
  return { text, map, ends, katakana };
}
