import { describe, expect, it } from 'vitest';
import { slabFloat64, slabInt32, slabUint8 } from './array-slab.ts';

describe('array slab (per-comment arrays without an allocation each)', () => {
  it('hands out zeroed arrays that never share bytes, whatever the mix of sizes', () => {
    const arrays: Array<Int32Array | Uint8Array | Float64Array> = [];
    // Enough to fill several slabs, so arrays on both sides of a slab change are checked too.
    for (let k = 0; k < 3000; k++) {
      const length = (k * 37) % 200;
      const array = k % 3 === 0 ? slabInt32(length) : k % 3 === 1 ? slabUint8(length) : slabFloat64(length);
      expect(array.length).toBe(length);
      expect(array.every((v) => v === 0)).toBe(true);
      array.fill(k % 250);
      arrays.push(array);
    }
    arrays.forEach((array, k) => {
      expect(array.every((v) => v === k % 250)).toBe(true);
    });
  });

  it('gives large arrays a buffer of their own', () => {
    const large = slabInt32(100_000);
    expect(large.byteOffset).toBe(0);
    expect(large.buffer.byteLength).toBe(400_000);
  });
});
