import fc from 'fast-check';
import { expect, test } from 'vitest';
import { placeDoubleArray } from './double-array.ts';

/** A trie in the placement's input form, from a parent per node (parents come first) and a class per node. */
function trie(parents: number[], classOfNode: number[]) {
  const nodes = parents.length + 1;
  const parentOf = [0, ...parents];
  const childLists: number[][] = Array.from({ length: nodes }, () => []);
  for (let n = 1; n < nodes; n++) childLists[parentOf[n]!]!.push(n);
  for (const list of childLists) list.sort((a, b) => classOfNode[a]! - classOfNode[b]!);
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++) order.push(...childLists[order[head]!]!);
  const childStart = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) childStart[n + 1] = childStart[n]! + childLists[n]!.length;
  return { order: Int32Array.from(order), childStart, childList: Int32Array.from(childLists.flat()) };
}

/** The definition, slot by slot: each node in order takes the lowest base ≥ 1 whose children's slots are all free. */
function firstFit(order: Int32Array, childStart: Int32Array, childList: Int32Array, classIn: number[]) {
  const taken = new Set<number>([0]);
  const slots = new Int32Array(order.length);
  const bases = new Map<number, number>();
  for (const node of order) {
    const children = Array.from(childList.subarray(childStart[node]!, childStart[node + 1]!));
    if (children.length === 0) continue;
    let b = 1;
    while (children.some((c) => taken.has(b + classIn[c]!))) b++;
    bases.set(slots[node]!, b);
    for (const c of children) {
      slots[c] = b + classIn[c]!;
      taken.add(slots[c]!);
    }
  }
  return { slots, bases };
}

test('places each node’s children at the lowest base where all of them fit, as the slot-by-slot definition does', () => {
  // Most nodes under a few early parents: nodes with many children, which fit only past the filled
  // part of the array, the case the bit set searches for.
  const classes = 120;
  const node = fc.record({
    parent: fc.nat(),
    wide: fc.boolean(),
    cls: fc.integer({ min: 1, max: classes - 1 }),
  });
  fc.assert(
    fc.property(fc.array(node, { minLength: 300, maxLength: 1500 }), (drawn) => {
      // Each node's parent is an earlier node, and siblings have distinct classes.
      const parents: number[] = [];
      const classOfNode = [0];
      const used = new Set<string>();
      for (const { parent, wide, cls } of drawn) {
        const p = parent % (wide ? Math.min(parents.length + 1, 40) : parents.length + 1);
        if (used.has(`${p}:${cls}`)) continue;
        used.add(`${p}:${cls}`);
        parents.push(p);
        classOfNode.push(cls);
      }
      const { order, childStart, childList } = trie(parents, classOfNode);
      const placed = placeDoubleArray(order, childStart, childList, classOfNode, classes);
      const expected = firstFit(order, childStart, childList, classOfNode);
      expect(Array.from(placed.slots)).toEqual(Array.from(expected.slots));
      for (const [slot, b] of expected.bases) expect(placed.base[slot]).toBe(b);
      for (let n = 1; n < order.length; n++) {
        const s = placed.slots[n]!;
        expect(placed.check[s]).toBe(placed.slots[parents[n - 1]!]);
      }
      expect(placed.length).toBeGreaterThanOrEqual(Math.max(0, ...placed.base) + classes);
    }),
  );
});
