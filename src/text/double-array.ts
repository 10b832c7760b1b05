/**
 * Double-array placement of a trie: each node's children sit at base + class, so a transition is
 * two typed-array reads (the child's slot, and its check against the parent) instead of a hash probe.
 * Nodes are given in breadth-first order with their children as one flat list sorted by class.
 */
/**
 * Places every node's children at base + class: the lowest base that holds all of them (first fit).
 * A skip list finds the next free slot for the lowest child; a bit set of free slots (1: free) then
 * tests 32 bases at once, one word per child, which is what nodes with many children need: they
 * usually fit only past the filled part of the array, and were tried base by base before.
 */
export function placeDoubleArray(
  order: Int32Array,
  childStart: Int32Array,
  childList: Int32Array,
  classIn: number[],
  classes: number,
): { base: Int32Array; check: Int32Array; slots: Int32Array; length: number } {
  const slots = new Int32Array(order.length);
  const childClass = new Int32Array(childList.length);
  for (let k = 0; k < childList.length; k++) childClass[k] = classIn[childList[k]!]!;
  let size = 0;
  let base = new Int32Array(0);
  let check = new Int32Array(0);
  let free = new Uint32Array(0);
  let nextFree = new Int32Array(0); // a free slot is at or after nextFree[k]
  const grow = (to: number): void => {
    const old = size;
    size = (Math.max(to, size * 2) + 31) & ~31;
    const nb = new Int32Array(size);
    nb.set(base);
    base = nb;
    const nc = new Int32Array(size).fill(-1);
    nc.set(check);
    check = nc;
    const nw = new Uint32Array((size >>> 5) + 1).fill(0xffffffff);
    nw.set(free.subarray(0, old >>> 5));
    free = nw;
    const nf = new Int32Array(size);
    nf.set(nextFree);
    for (let k = old; k < size; k++) nf[k] = k + 1;
    nextFree = nf;
  };
  grow(classes * 4 + order.length * 2);
  check[0] = -2;
  free[0]! &= ~1;
  let used = 1;
  // Indexed loops over locals: this runs once per automaton at load, mostly before the JIT has settled.
  for (let o = 0; o < order.length; o++) {
    const node = order[o]!;
    const first = childStart[node]!;
    const end = childStart[node + 1]!;
    if (first === end) continue;
    const lowest = childClass[first]!;
    const highest = childClass[end - 1]!;
    let b = 0;
    for (let from = lowest + 1; ; ) {
      // The array grows before a base can reach its last 64 slots, so the walk to a free slot ends inside it.
      while (from + 64 >= size) grow(0);
      let q = from;
      while (check[q] !== -1) q = nextFree[q]!;
      for (let r = from; r < q; ) {
        const n = nextFree[r]!;
        nextFree[r] = q;
        r = n;
      }
      const b0 = q - lowest;
      while (b0 + highest + 64 >= size) grow(0);
      if (first + 1 === end) {
        b = b0;
        break;
      }
      // Bit i: base b0 + i has every child's slot free.
      let fit = -1;
      for (let k = first; k < end && fit !== 0; k++) {
        const p = b0 + childClass[k]!;
        const w = p >>> 5;
        const s = p & 31;
        fit &= s === 0 ? free[w]! : (free[w]! >>> s) | (free[w + 1]! << (32 - s));
      }
      if (fit !== 0) {
        b = b0 + 31 - Math.clz32(fit & -fit);
        break;
      }
      from = q + 32;
    }
    const parent = slots[node]!;
    base[parent] = b;
    for (let k = first; k < end; k++) {
      const slot = b + childClass[k]!;
      check[slot] = parent;
      free[slot >>> 5]! &= ~(1 << (slot & 31));
      slots[childList[k]!] = slot;
    }
    used = Math.max(used, b + highest + 1);
  }
  // Room past the last slot so base + any class stays in bounds.
  const length = used + classes + 1;
  return { base: base.slice(0, length), check: check.slice(0, length), slots, length };
}

/**
 * Aho–Corasick failure target of a child reached from `node` by `childClass`: the deepest state, along
 * the parent's failure chain, with an edge of that class (the root when none has one).
 */
export function failureTarget(
  edges: Map<number, number>,
  classes: number,
  failNode: Int32Array,
  node: number,
  childClass: number,
): number {
  for (let f = node === 0 ? -1 : failNode[node]!; f >= 0; f = f === 0 ? -1 : failNode[f]!) {
    const t = edges.get(f * classes + childClass);
    if (t !== undefined) return t;
  }
  return 0;
}
