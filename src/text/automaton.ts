/**
 * Aho–Corasick automaton over UTF-16 code units. Built once at load; `search` is one pass over
 * the text whatever the number of patterns, with no word-boundary assumption (Japanese has none).
 */
export interface AutomatonMatch {
  pattern: number; // index in the pattern list given to build
  start: number;
  end: number;
}

/** Open-addressing hash table (node, code unit) → child, in typed arrays: faster than a Map in the hot loop. */
class EdgeTable {
  private readonly nodes: Int32Array;
  private readonly codes: Int32Array;
  private readonly children: Int32Array;
  private readonly mask: number;

  constructor(edges: Map<number, number>) {
    let size = 16;
    while (size < edges.size * 2) size *= 2;
    this.mask = size - 1;
    this.nodes = new Int32Array(size).fill(-1);
    this.codes = new Int32Array(size);
    this.children = new Int32Array(size);
    for (const [key, child] of edges) {
      const node = Math.floor(key / 65536);
      const code = key % 65536;
      let slot = this.hash(node, code);
      while (this.nodes[slot] !== -1) slot = (slot + 1) & this.mask;
      this.nodes[slot] = node;
      this.codes[slot] = code;
      this.children[slot] = child;
    }
  }

  private hash(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & this.mask;
  }

  /** The child, or 0 when there is none (the root is never a child). */
  get(node: number, code: number): number {
    let slot = this.hash(node, code);
    for (;;) {
      const n = this.nodes[slot]!;
      if (n === -1) return 0;
      if (n === node && this.codes[slot] === code) return this.children[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }
}

export class Automaton {
  private readonly edges = new Map<number, number>(); // node * 65536 + code unit → child
  private readonly fail: Int32Array;
  private readonly output: Int32Array; // first pattern ending at node, or -1
  private readonly dictLink: Int32Array; // nearest suffix node with an output, or -1
  private readonly nextSame: Int32Array; // more patterns ending at the same node (chain by pattern)
  private readonly lengths: Int32Array;
  /** Dense transition table for the root, where most steps of a scan start again. */
  private readonly rootNext = new Int32Array(65536);
  private readonly table: EdgeTable;
  readonly size: number;

  constructor(patterns: readonly string[]) {
    const childLists: number[][] = [[]];
    const outputs: number[] = [-1];
    const nextSame = new Int32Array(patterns.length).fill(-1);
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    patterns.forEach((pattern, id) => {
      if (pattern.length === 0) return;
      let node = 0;
      for (let k = 0; k < pattern.length; k++) {
        const key = node * 65536 + pattern.charCodeAt(k);
        let child = this.edges.get(key);
        if (child === undefined) {
          child = outputs.length;
          outputs.push(-1);
          childLists.push([]);
          this.edges.set(key, child);
          childLists[node]!.push(pattern.charCodeAt(k));
        }
        node = child;
      }
      nextSame[id] = outputs[node]!;
      outputs[node] = id;
    });
    this.size = outputs.length;
    this.output = Int32Array.from(outputs);
    this.nextSame = nextSame;
    this.fail = new Int32Array(this.size);
    this.dictLink = new Int32Array(this.size).fill(-1);
    const queue: number[] = [];
    for (const code of childLists[0]!) {
      const child = this.edges.get(code)!;
      this.rootNext[code] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const code of childLists[node]!) {
        const child = this.edges.get(node * 65536 + code)!;
        let f = this.fail[node]!;
        let target = this.edges.get(f * 65536 + code);
        while (target === undefined && f !== 0) {
          f = this.fail[f]!;
          target = this.edges.get(f * 65536 + code);
        }
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.dictLink[child] = this.output[failTo]! >= 0 ? failTo : this.dictLink[failTo]!;
        queue.push(child);
      }
    }
    this.table = new EdgeTable(this.edges);
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

  /** Calls onMatch(pattern, end) for every occurrence, without allocating match objects. */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void {
    const { table, fail, output, dictLink, nextSame, rootNext } = this;
    let node = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      let next = 0;
      while (node !== 0) {
        next = table.get(node, code);
        if (next !== 0) break;
        node = fail[node]!;
      }
      node = node === 0 ? rootNext[code]! : next;
      let out = output[node]! >= 0 ? node : dictLink[node]!;
      while (out >= 0) {
        for (let p = output[out]!; p >= 0; p = nextSame[p]!) onMatch(p, k + 1);
        out = dictLink[out]!;
      }
    }
  }
}
