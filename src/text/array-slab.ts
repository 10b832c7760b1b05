// Typed arrays carved out of shared ArrayBuffers, for the arrays a verdict needs per comment (the
// normalised views, the model's probabilities). A new typed array of more than 64 bytes gets a backing
// store outside V8's heap, which costs ~1–2 µs on the machines this runs on; a view on a buffer that
// already exists costs ~40 ns (docs/perf.md, sixth session). A view keeps its whole slab alive until
// it is collected; slabs are never written twice, so a carved array starts zeroed like a new one.
const SLAB_BYTES = 64 * 1024;
/** Larger arrays get a buffer of their own: one allocation among many comments' worth of work. */
const OWN_BUFFER_FROM = SLAB_BYTES / 8;

let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;

/** The offset of `bytes` fresh bytes in the current slab (8-byte aligned), starting a new slab when it is full. */
function reserve(bytes: number): number {
  let at = (used + 7) & ~7;
  if (at + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    at = 0;
  }
  used = at + bytes;
  return at;
}

export function slabInt32(length: number): Int32Array {
  const bytes = length * 4;
  if (bytes >= OWN_BUFFER_FROM) return new Int32Array(length);
  const at = reserve(bytes);
  return new Int32Array(slab, at, length);
}

export function slabUint8(length: number): Uint8Array {
  if (length >= OWN_BUFFER_FROM) return new Uint8Array(length);
  const at = reserve(length);
  return new Uint8Array(slab, at, length);
}

export function slabFloat64(length: number): Float64Array {
  const bytes = length * 8;
  if (bytes >= OWN_BUFFER_FROM) return new Float64Array(length);
  const at = reserve(bytes);
  return new Float64Array(slab, at, length);
}
