/**
 * Aho–Corasick automaton over UTF-16 code units. Built once at load; `search` is one pass over
 * the text whatever the number of patterns, with no word-boundary assumption (Japanese has none).
 */
export interface AutomatonMatch {
  pattern: number; // index in the pattern list given to build
  start: number;
  end: number;
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
    const { edges, fail, output, dictLink, nextSame, rootNext } = this;
    let node = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      let next: number | undefined;
      while (node !== 0) {
        next = edges.get(node * 65536 + code);
        if (next !== undefined) break;
        node = fail[node]!;
      }
      node = node === 0 ? rootNext[code]! : next!;
      let out = output[node]! >= 0 ? node : dictLink[node]!;
      while (out >= 0) {
        for (let p = output[out]!; p >= 0; p = nextSame[p]!) onMatch(p, k + 1);
        out = dictLink[out]!;
      }
    }
  }
}
