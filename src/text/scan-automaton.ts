import { failureTarget, placeDoubleArray } from './double-array.ts';

/**
 * One Aho–Corasick automaton for the fast scanner: the model's n-grams and the lexicon and trigger
 * patterns together. Transitions are a double array (state → base, base + class → child, checked
 * against its parent), so a step is two typed-array reads instead of a hash probe. Each state lists
 * the signals that end there, its own and those of its suffixes. The n-grams that end in a state form
 * a chain (the state's own n-gram, then those of its failure states), so a scan that stamps the states
 * it has counted can stop at the first stamped one: everything further down was counted with it.
 * Built with flat arrays (no object per trie node) to keep loading light.
 */
export const NODE_STRIDE = 3;
/** Set in a state's failure field when n-grams or signals end in it. */
export const OUTPUT = 1 << 30;
export const FAIL_MASK = OUTPUT - 1;

export interface SignalPattern {
  text: string;
  signal: number;
}

export interface ScanAutomaton {
  /** Alphabet class of each UTF-16 code unit; 0 for units that occur in no pattern. */
  readonly classOf: Uint16Array;
  readonly rootNext: Int32Array;
  /**
   * Per state slot s, NODE_STRIDE ints from s * NODE_STRIDE: the base of its children, the parent
   * that owns the slot (check), and its failure state (with OUTPUT set if n-grams or signals end
   * there). One state's fields share a cache line, and a step lands on the line its next step reads.
   */
  readonly nodes: Int32Array;
  /** The first state of the failure chain from s (s itself included) that spells an n-gram; 0 if none. */
  readonly gramChain: Int32Array;
  /** For a state that spells an n-gram: the next one down its failure chain (gramChain of its failure state). */
  readonly gramNext: Int32Array;
  /** The n-gram id a state spells, or -1. */
  readonly gramOf: Int32Array;
  /** 1 where signals[signalStart[s] … signalStart[s + 1]) is not empty. */
  readonly signalled: Uint8Array;
  readonly signalStart: Int32Array;
  readonly signals: Int32Array;
  /**
   * lexiconIds[lexiconStart[s] … lexiconStart[s + 1]): the lexicon patterns that end in state s, in
   * the order the lexicon's own automaton reports them (its own, later ones first, then its suffixes').
   */
  readonly lexiconStart: Int32Array;
  readonly lexiconIds: Int32Array;
  readonly lexiconLengths: Int32Array;
}

/** `lexicon`: the lexicon's pattern texts (id = index), whose matches the pipeline can take from a scan. */
export function buildScanAutomaton(
  ngrams: readonly string[],
  patterns: readonly SignalPattern[],
  lexicon: readonly string[] = [],
): ScanAutomaton {
  const classOf = new Uint16Array(65536);
  let classes = 1;
  for (const p of [...ngrams, ...patterns.map((q) => q.text), ...lexicon])
    for (let k = 0; k < p.length; k++) {
      const c = p.charCodeAt(k);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  // Trie: one map for every edge (node × classes + class → child), the parent and class of each node.
  const edges = new Map<number, number>();
  const parentOf: number[] = [0];
  const classIn: number[] = [0];
  const gramAt: number[] = [-1]; // the n-gram a node spells, if any (n-grams are distinct)
  const ownSignals = new Map<number, number[]>();
  const insert = (text: string): number => {
    let node = 0;
    for (let k = 0; k < text.length; k++) {
      const c = classOf[text.charCodeAt(k)]!;
      let child = edges.get(node * classes + c);
      if (child === undefined) {
        child = parentOf.length;
        parentOf.push(node);
        classIn.push(c);
        gramAt.push(-1);
        edges.set(node * classes + c, child);
      }
      node = child;
    }
    return node;
  };
  ngrams.forEach((g, id) => {
    if (g.length > 0) gramAt[insert(g)] = id;
  });
  for (const p of patterns)
    if (p.text.length > 0) {
      const node = insert(p.text);
      ownSignals.set(node, [...(ownSignals.get(node) ?? []), p.signal]);
    }
  const ownLexicon = new Map<number, number[]>();
  lexicon.forEach((text, id) => {
    if (text.length === 0) return;
    const node = insert(text);
    ownLexicon.set(node, [id, ...(ownLexicon.get(node) ?? [])]);
  });
  const trieNodes = parentOf.length;
  // Children of each node, sorted by class, as one flat list.
  const childStart = new Int32Array(trieNodes + 1);
  for (let n = 1; n < trieNodes; n++) childStart[parentOf[n]! + 1]!++;
  for (let n = 0; n < trieNodes; n++) childStart[n + 1]! += childStart[n]!;
  const childList = new Int32Array(Math.max(0, trieNodes - 1));
  const filled = childStart.slice(0, trieNodes);
  for (let n = 1; n < trieNodes; n++) childList[filled[parentOf[n]!]!++] = n;
  for (let n = 0; n < trieNodes; n++)
    childList.subarray(childStart[n]!, childStart[n + 1]!).sort((a, b) => classIn[a]! - classIn[b]!);
  // Breadth-first order, failure links, and each node's inherited n-grams and signals.
  const order = new Int32Array(trieNodes);
  const failNode = new Int32Array(trieNodes);
  const signalsAt = new Map<number, number[]>();
  const lexiconAt = new Map<number, number[]>();
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = order[head]!;
    for (let k = childStart[node]!; k < childStart[node + 1]!; k++) {
      const child = childList[k]!;
      order[tail++] = child;
      const target = failureTarget(edges, classes, failNode, node, classIn[child]!);
      failNode[child] = target === child ? 0 : target;
      const inherited = [...(ownSignals.get(child) ?? []), ...(signalsAt.get(failNode[child]!) ?? [])];
      if (inherited.length > 0) signalsAt.set(child, [...new Set(inherited)]);
      const matches = [...(ownLexicon.get(child) ?? []), ...(lexiconAt.get(failNode[child]!) ?? [])];
      if (matches.length > 0) lexiconAt.set(child, matches);
    }
  }
  const placed = placeDoubleArray(order, childStart, childList, classIn, classes);
  const length = placed.length;
  const fail = new Int32Array(length);
  const rootNext = new Int32Array(classes);
  for (let k = childStart[0]!; k < childStart[1]!; k++)
    rootNext[classIn[childList[k]!]!] = placed.slots[childList[k]!]!;
  // Per slot: signal lists, and the n-gram chain (breadth-first order puts a failure state first).
  const nodeAtSlot = new Int32Array(length).fill(-1);
  for (let n = 0; n < trieNodes; n++) nodeAtSlot[placed.slots[n]!] = n;
  const signalStart = new Int32Array(length + 1);
  const signalled = new Uint8Array(length);
  for (let s = 0; s < length; s++) {
    const n = nodeAtSlot[s]!;
    const count = n >= 0 ? (signalsAt.get(n)?.length ?? 0) : 0;
    signalStart[s + 1] = signalStart[s]! + count;
    signalled[s] = count > 0 ? 1 : 0;
  }
  const signals = Int32Array.from(
    Array.from(nodeAtSlot, (n) => (n >= 0 ? (signalsAt.get(n) ?? []) : [])).flat(),
  );
  const lexiconLists = Array.from(nodeAtSlot, (n) => (n >= 0 ? (lexiconAt.get(n) ?? []) : []));
  const lexiconStart = new Int32Array(length + 1);
  lexiconLists.forEach((list, s) => {
    lexiconStart[s + 1] = lexiconStart[s]! + list.length;
  });
  const lexiconIds = Int32Array.from(lexiconLists.flat());
  const lexiconLengths = Int32Array.from(lexicon, (t) => t.length);
  const gramChain = new Int32Array(length);
  const gramNext = new Int32Array(length);
  const gramOf = new Int32Array(length).fill(-1);
  for (const n of order) {
    const s = placed.slots[n]!;
    const failSlot = placed.slots[failNode[n]!]!;
    fail[s] = failSlot;
    if (n === 0) continue;
    gramOf[s] = gramAt[n]!;
    gramNext[s] = gramChain[failSlot]!;
    gramChain[s] = gramAt[n]! >= 0 ? s : gramChain[failSlot]!;
  }
  const nodes = new Int32Array(length * NODE_STRIDE);
  for (let s = 0; s < length; s++) {
    const output = gramChain[s] !== 0 || signalled[s] === 1 || lexiconStart[s + 1]! > lexiconStart[s]!;
    nodes[s * NODE_STRIDE] = placed.base[s]!;
    nodes[s * NODE_STRIDE + 1] = placed.check[s]!;
    nodes[s * NODE_STRIDE + 2] = fail[s]! | (output ? OUTPUT : 0);
  }
  return {
    classOf,
    rootNext,
    nodes,
    gramChain,
    gramNext,
    gramOf,
    signalled,
    signalStart,
    signals,
    lexiconStart,
    lexiconIds,
    lexiconLengths,
  };
}
