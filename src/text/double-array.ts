/**
 * Double-array placement of a trie: each node's children sit at base + class, so a transition is
 * two typed-array reads (the child's slot, and its check against the parent) instead of a hash probe.
 * Nodes are given in breadth-first order with their children as one flat list sorted by class.
 */
/** Places every node's children at base + class, first fit over free slots (a skip list finds them). */
export function placeDoubleArray(
  order: Int32Array,
  childStart: Int32Array,
  childList: Int32Array,
  classIn: number[],
  classes: number,
): { base: Int32Array; check: Int32Array; slots: Int32Array; length: number } {
  let size = classes * 4 + order.length * 2;
  let base = new Int32Array(size);
  let check = new Int32Array(size).fill(-1);
  let nextFree = Int32Array.from({ length: size }, (_, k) => k + 1); // a free slot is at or after nextFree[k]
  const slots = new Int32Array(order.length);
  check[0] = -2;
  const grow = (): void => {
    const old = size;
    size *= 2;
    const nb = new Int32Array(size);
    nb.set(base);
    base = nb;
    const nc = new Int32Array(size).fill(-1);
    nc.set(check);
    check = nc;
    const nf = Int32Array.from({ length: size }, (_, k) => k + 1);
    nf.set(nextFree.subarray(0, old));
    nextFree = nf;
  };
  const freeFrom = (from: number): number => {
    let q = from;
    while (q < size && check[q] !== -1) q = nextFree[q]!;
    for (let r = from; r < q && r < size; ) {
      const n = nextFree[r]!;
      nextFree[r] = q;
      r = n;
    }
    return q;
  };
  let used = 1;
  for (const node of order) {
    const first = childStart[node]!;
    const end = childStart[node + 1]!;
    if (first === end) continue;
    const lowest = classIn[childList[first]!]!;
    const highest = classIn[childList[end - 1]!]!;
    let b = 0;
    for (let slot = freeFrom(lowest + 1); ; slot = freeFrom(slot + 1)) {
      while (slot - lowest + highest + classes >= size) grow();
      b = slot - lowest;
      let fits = true;
      for (let k = first; k < end && fits; k++) fits = check[b + classIn[childList[k]!]!] === -1;
      if (fits) break;
    }
    base[slots[node]!] = b;
    for (let k = first; k < end; k++) {
      const slot = b + classIn[childList[k]!]!;
      check[slot] = slots[node]!;
      slots[childList[k]!] = slot;
      used = Math.max(used, slot + 1);
    }
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
