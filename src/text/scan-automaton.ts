/**
 * One Aho–Corasick automaton for the fast scanner: the model's n-grams and the lexicon and trigger
 * patterns together. Transitions are a double array (state → base, base + class → child, checked
 * against its parent), so a step is two typed-array reads instead of a hash probe. Each state lists
 * the n-grams and signals that end there, its own and those of its suffixes, so a scan never walks
 * dictionary links.
 */
export interface SignalPattern {
  text: string;
  signal: number;
}

export class ScanAutomaton {
  /** Alphabet class of each UTF-16 code unit; 0 for units that occur in no pattern. */
  readonly classOf = new Uint16Array(65536);
  readonly rootNext: Int32Array;
  readonly base: Int32Array;
  readonly check: Int32Array;
  readonly fail: Int32Array;
  /** grams[gramStart[s] … gramStart[s + 1]) are the n-gram ids that end in state s. */
  readonly gramStart: Int32Array;
  readonly grams: Int32Array;
  readonly signalStart: Int32Array;
  readonly signals: Int32Array;
  readonly states: number;

  constructor(ngrams: readonly string[], patterns: readonly SignalPattern[]) {
    let classes = 1;
    const all = [...ngrams, ...patterns.map((p) => p.text)];
    for (const p of all)
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    // Trie over alphabet classes.
    const children: Array<Map<number, number>> = [new Map()];
    const ownGrams: number[][] = [[]];
    const ownSignals: number[][] = [[]];
    const insert = (text: string): number => {
      let node = 0;
      for (let k = 0; k < text.length; k++) {
        const c = this.classOf[text.charCodeAt(k)]!;
        let child = children[node]!.get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ownGrams.push([]);
          ownSignals.push([]);
          children[node]!.set(c, child);
        }
        node = child;
      }
      return node;
    };
    ngrams.forEach((g, id) => {
      if (g.length > 0) ownGrams[insert(g)]!.push(id);
    });
    for (const p of patterns) if (p.text.length > 0) ownSignals[insert(p.text)]!.push(p.signal);
    // Failure links and inherited outputs, breadth first.
    const nodes = children.length;
    const failNode = new Int32Array(nodes);
    const gramsAt: number[][] = [[]];
    const signalsAt: number[][] = [[]];
    const order = [0];
    for (let head = 0; head < order.length; head++) {
      const node = order[head]!;
      for (const [c, child] of children[node]!) {
        // The longest proper suffix of child's string that is also in the trie.
        let target: number | undefined;
        for (let f = node === 0 ? -1 : failNode[node]!; f >= 0; f = f === 0 ? -1 : failNode[f]!) {
          target = children[f]!.get(c);
          if (target !== undefined) break;
        }
        failNode[child] = target !== undefined && target !== child ? target : 0;
        const inheritFrom = failNode[child]!;
        gramsAt[child] = [...ownGrams[child]!, ...gramsAt[inheritFrom]!];
        signalsAt[child] = [...new Set([...ownSignals[child]!, ...signalsAt[inheritFrom]!])];
        order.push(child);
      }
    }
    // Double-array placement: every node's children at base + class, first fit over free slots.
    const slotOf = new Int32Array(nodes);
    let size = classes * 4 + nodes * 2;
    let baseArr = new Int32Array(size);
    let checkArr = new Int32Array(size).fill(-1);
    let nextFree = Int32Array.from({ length: size }, (_, k) => k + 1); // a free slot is at or after nextFree[k]
    checkArr[0] = -2;
    const grow = (): void => {
      const old = size;
      size *= 2;
      const nb = new Int32Array(size);
      nb.set(baseArr);
      baseArr = nb;
      const nc = new Int32Array(size).fill(-1);
      nc.set(checkArr);
      checkArr = nc;
      const nf = Int32Array.from({ length: size }, (_, k) => k + 1);
      nf.set(nextFree.subarray(0, old));
      nextFree = nf;
    };
    const freeFrom = (from: number): number => {
      let q = from;
      while (q < size && checkArr[q] !== -1) q = nextFree[q]!;
      for (let r = from; r < q && r < size; ) {
        const n = nextFree[r]!;
        nextFree[r] = q;
        r = n;
      }
      return q;
    };
    let used = 1;
    for (const node of order) {
      const cs = [...children[node]!.keys()].sort((x, y) => x - y);
      if (cs.length === 0) continue;
      let b = 0;
      for (let slot = freeFrom(cs[0]! + 1); ; slot = freeFrom(slot + 1)) {
        while (slot - cs[0]! + cs[cs.length - 1]! + classes >= size) grow();
        b = slot - cs[0]!;
        let fits = true;
        for (const c of cs)
          if (checkArr[b + c] !== -1) {
            fits = false;
            break;
          }
        if (fits) break;
      }
      const slot = slotOf[node]!;
      baseArr[slot] = b;
      for (const c of cs) {
        checkArr[b + c] = slot;
        slotOf[children[node]!.get(c)!] = b + c;
        used = Math.max(used, b + c + 1);
      }
    }
    // Room past the last slot so base + any class stays in bounds.
    const length = used + classes + 1;
    this.states = used;
    this.base = baseArr.slice(0, length);
    this.check = checkArr.slice(0, length);
    this.fail = new Int32Array(length);
    this.rootNext = new Int32Array(classes);
    for (const [c, child] of children[0]!) this.rootNext[c] = slotOf[child]!;
    const gramLists: number[][] = Array.from({ length }, () => []);
    const signalLists: number[][] = Array.from({ length }, () => []);
    for (let node = 1; node < nodes; node++) {
      const slot = slotOf[node]!;
      this.fail[slot] = slotOf[failNode[node]!]!;
      gramLists[slot] = gramsAt[node]!;
      signalLists[slot] = signalsAt[node]!;
    }
    [this.gramStart, this.grams] = flatten(gramLists);
    [this.signalStart, this.signals] = flatten(signalLists);
  }
}

function flatten(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, k) => {
    start[k] = total;
    total += l.length;
  });
  start[lists.length] = total;
  return [start, Int32Array.from(lists.flat())];
}
