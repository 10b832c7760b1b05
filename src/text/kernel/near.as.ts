// The fast path's near-copy prefilter (official-grams.ts): how many of the view's 3-grams (repeats
// counted again) have their hash's bit set in the tenant's bit set of its official posts' 3-grams,
// counted as the view's codes are written. The hash is official-grams.ts's gramHash.
import { NEAR_BITS, NEAR_HASH_BITS } from './memory.as';

let on: bool = false;
let older: i32 = 0;
let previous: i32 = 0;
let codes: i32 = 0;
let hits: i32 = 0;

/** Whether the host loaded a bit set (a tenant with official posts); without one nothing is counted. */
export function useNear(loaded: bool): void {
  on = loaded;
}

export function beginNear(): void {
  codes = 0;
  hits = 0;
}

@inline export function countNear(code: i32): void {
  if (!on) return;
  if (codes >= 2) {
    let h = (older ^ <i32>0x9e3779b1) * 0x01000193;
    h = (h ^ previous) * 0x01000193;
    h = (h ^ code) * 0x01000193;
    const bit = <u32>h >> (32 - NEAR_HASH_BITS);
    if ((load<u32>(NEAR_BITS + (<usize>(bit >> 5) << 2)) & (<u32>1 << (bit & 31))) != 0) hits++;
  }
  older = previous;
  previous = code;
  codes++;
}

export function nearHits(): i32 {
  return hits;
}
