import { failureTarget, placeDoubleArray } from './double-array.ts';

/**
 * Aho–Corasick automaton over UTF-16 code units. Built once at load; `search` is one pass over
 * the text whatever the number of patterns, with no word-boundary assumption (Japanese has none).
 * Transitions are a double array over the code units the patterns use (see double-array.ts).
 */
export interface AutomatonMatch {
  pattern: number; // index in the pattern list given to build
  start: number;
  end: number;
}

/** An automaton's tables: what it is built into, and what a table file stores (engine-tables.ts). */
export interface AutomatonTables {
  /** Alphabet class of each code unit; 0 for units that occur in no pattern. */
  classOf: Uint16Array;
  /** The root's child for each class (0: none). */
  rootNext: Int32Array;
  // Indexed by state slot.
  base: Int32Array;
  check: Int32Array;
  fail: Int32Array;
  output: Int32Array; // first pattern ending at the state, or -1
  dictLink: Int32Array; // nearest suffix state with an output, or -1
  nextSame: Int32Array; // more patterns ending at the same state (chain by pattern)
  lengths: Int32Array; // each pattern's length
  /** Trie nodes (states). */
  size: number;
}

export class Automaton {
  private readonly classOf: Uint16Array;
  private readonly rootNext: Int32Array;
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly fail: Int32Array;
  private readonly output: Int32Array;
  private readonly dictLink: Int32Array;
  private readonly nextSame: Int32Array;
  private readonly lengths: Int32Array;
  readonly tables: AutomatonTables;
  readonly size: number;

  /** Built over `patterns`, or over the tables a build made before. */
  constructor(source: readonly string[] | AutomatonTables) {
    const tables = Array.isArray(source) ? buildAutomaton(source) : (source as AutomatonTables);
    this.tables = tables;
    this.classOf = tables.classOf;
    this.rootNext = tables.rootNext;
    this.base = tables.base;
    this.check = tables.check;
    this.fail = tables.fail;
    this.output = tables.output;
    this.dictLink = tables.dictLink;
    this.nextSame = tables.nextSame;
    this.lengths = tables.lengths;
    this.size = tables.size;
  }

  /** All occurrences, overlapping ones included, in order of their end position. */
  search(text: string): AutomatonMatch[] {
    const found: AutomatonMatch[] = [];
    const { lengths } = this;
    this.scan(text, (p, end) => {
      found.push({ pattern: p, start: end - lengths[p]!, end });
    });
    return found;
  }

  /**
   * Calls onMatch(pattern, end) for every occurrence, without allocating match objects: at one end,
   * the longest pattern first (the state's own, then its dictionary links').
   */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void {
    const { classOf, rootNext, base, check, fail, output, dictLink, nextSame } = this;
    let s = 0;
    for (let k = 0; k < text.length; k++) {
      const c = classOf[text.charCodeAt(k)]!;
      if (c === 0) {
        s = 0; // no pattern holds this unit, and the root ends none
        continue;
      }
      for (;;) {
        if (s === 0) {
          s = rootNext[c]!;
          break;
        }
        const t = base[s]! + c;
        if (check[t] === s) {
          s = t;
          break;
        }
        s = fail[s]!;
      }
      for (let out = output[s]! >= 0 ? s : dictLink[s]!; out >= 0; out = dictLink[out]!)
        for (let p = output[out]!; p >= 0; p = nextSame[p]!) onMatch(p, k + 1);
    }
  }
}

/** The automaton's tables for `patterns` (double-array transitions, failure and dictionary links). */
export function buildAutomaton(patterns: readonly string[]): AutomatonTables {
  const classOf = new Uint16Array(65536);
  let classes = 1;
  for (const p of patterns)
    for (let k = 0; k < p.length; k++) {
      const code = p.charCodeAt(k);
      if (classOf[code] === 0) classOf[code] = classes++;
    }
  // The trie, one node per prefix: edges (node × classes + class → child), each node's class.
  const edges = new Map<number, number>();
  const classIn: number[] = [0];
  const childLists: number[][] = [[]];
  const outputs: number[] = [-1];
  const nextSame = new Int32Array(patterns.length).fill(-1);
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let node = 0;
    for (let k = 0; k < pattern.length; k++) {
      const c = classOf[pattern.charCodeAt(k)]!;
      let child = edges.get(node * classes + c);
      if (child === undefined) {
        child = outputs.length;
        outputs.push(-1);
        classIn.push(c);
        childLists.push([]);
        edges.set(node * classes + c, child);
        childLists[node]!.push(child);
      }
      node = child;
    }
    nextSame[id] = outputs[node]!;
    outputs[node] = id;
  });
  const nodes = outputs.length;
  // Breadth-first order, failure links and dictionary links, by node.
  const order = new Int32Array(nodes);
  const failNode = new Int32Array(nodes);
  const dictNode = new Int32Array(nodes).fill(-1);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = order[head]!;
    for (const child of childLists[node]!) {
      order[tail++] = child;
      const target = failureTarget(edges, classes, failNode, node, classIn[child]!);
      failNode[child] = target === child ? 0 : target;
      const f = failNode[child]!;
      dictNode[child] = outputs[f]! >= 0 ? f : dictNode[f]!;
    }
  }
  for (const list of childLists) list.sort((a, b) => classIn[a]! - classIn[b]!);
  const childStart = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) childStart[n + 1] = childStart[n]! + childLists[n]!.length;
  const childList = Int32Array.from(childLists.flat());
  const placed = placeDoubleArray(order, childStart, childList, classIn, classes);
  const { slots, length } = placed;
  const fail = new Int32Array(length);
  const output = new Int32Array(length).fill(-1);
  const dictLink = new Int32Array(length).fill(-1);
  for (let n = 0; n < nodes; n++) {
    const s = slots[n]!;
    fail[s] = slots[failNode[n]!]!;
    output[s] = outputs[n]!;
    dictLink[s] = dictNode[n]! >= 0 ? slots[dictNode[n]!]! : -1;
  }
  const rootNext = new Int32Array(classes);
  for (const child of childLists[0]!) rootNext[classIn[child]!] = slots[child]!;
  const lengths = Int32Array.from(patterns, (p) => p.length);
  return {
    classOf,
    rootNext,
    base: placed.base,
    check: placed.check,
    fail,
    output,
    dictLink,
    nextSame,
    lengths,
    size: nodes,
  };
}
