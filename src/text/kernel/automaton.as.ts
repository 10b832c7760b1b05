// The automaton pass (in JavaScript before decision 0006): one step per
// view code over the double array, the states where something ends noted, the model's n-gram weights
// summed once per scan and unpacked per rule.
import {
  CLASS_OF, CODES, FAIL_MASK, FOUND, H_FOUND, H_NEAR_HITS, H_SIGNALS, header, LANE, LANES, NODE_STRIDE,
  NODES, OUTPUT, SIGNAL_LIST, SUMS,
} from './memory.as';
import { beginNear, countNear, nearHits } from './near.as';

let ROOT_NEXT: usize = 0;
let SIGNALLED: usize = 0; // u8 per state slot: signals end there
let START_CODE: i32 = 0; // the padding codes around a view (classifier.ts START, END)
let END_CODE: i32 = 0;
let GRAM_CHAIN: usize = 0; // i32 per state slot: the first state of its failure chain that spells an n-gram
let GRAM_NEXT: usize = 0; // i32 per state slot: the next one down that chain
let GRAM_OF: usize = 0; // i32 per state slot: the n-gram it spells
let STAMP: usize = 0; // i32 per state slot: the scan in which its chain was last counted
let WEIGHTS: usize = 0; // eight packed f64 lanes per n-gram
// The automaton pass in progress.
let found: i32 = 0;
let signalsFound: i32 = 0;

/** The automaton's own tables (its nodes at AUTOMATON), once the host has filled them and CLASS_OF. */
export function initAutomaton(rootNext: usize, signalled: usize, startCode: i32, endCode: i32): void {
  ROOT_NEXT = rootNext; SIGNALLED = signalled;
  START_CODE = startCode; END_CODE = endCode;
}

export function initModel(gramChain: usize, gramNext: usize, gramOf: usize, stamp: usize, weights: usize): void {
  GRAM_CHAIN = gramChain; GRAM_NEXT = gramNext; GRAM_OF = gramOf; STAMP = stamp; WEIGHTS = weights;
}

@inline function step(state: i32, c: i32): i32 {
  let s = state;
  while (true) {
    const t = load<i32>(NODES + <usize>s * (NODE_STRIDE << 2)) + c;
    if (load<i32>(NODES + <usize>t * (NODE_STRIDE << 2) + 4) == s) return t;
    const f = load<i32>(NODES + <usize>s * (NODE_STRIDE << 2) + 8) & FAIL_MASK;
    if (f == 0) return load<i32>(ROOT_NEXT + (<usize>c << 2));
    s = f;
  }
}

/** The automaton's state after `code`, noting what ends there (the view's first `end` codes read). */
@inline export function advance(state: i32, code: i32, end: i32): i32 {
  const c = <i32>load<u16>(CLASS_OF + (<usize>code << 1));
  if (c == 0) return 0;
  const s = step(state, c);
  if ((load<i32>(NODES + <usize>s * (NODE_STRIDE << 2) + 8) & OUTPUT) != 0) noteOutput(s, end);
  return s;
}

@inline function noteOutput(state: i32, end: i32): void {
  store<i32>(FOUND + (<usize>found << 2), state);
  store<i32>(FOUND + (<usize>found << 2) + 4, end);
  found += 2;
  if (load<u8>(SIGNALLED + <usize>state) != 0) noteSignal(state, end);
}

/** A state where signals end: the host reads these pairs (few) instead of every noted state. */
function noteSignal(state: i32, end: i32): void {
  store<i32>(SIGNAL_LIST + (<usize>signalsFound << 2), state);
  store<i32>(SIGNAL_LIST + (<usize>signalsFound << 2) + 4, end);
  signalsFound += 2;
}

/**
 * The weights of the n-grams that end in the noted states, each counted once per scan: a state
 * stamped with this scan's number was counted with the rest of its failure chain, so a walk stops there.
 */
function addWeights(scan: i32): void {
  let lane0: f64 = 0, lane1: f64 = 0, lane2: f64 = 0, lane3: f64 = 0;
  let lane4: f64 = 0, lane5: f64 = 0, lane6: f64 = 0, lane7: f64 = 0;
  for (let f = 0; f < found; f += 2) {
    const state = load<i32>(FOUND + (<usize>f << 2));
    for (let t = load<i32>(GRAM_CHAIN + (<usize>state << 2)); t != 0; t = load<i32>(GRAM_NEXT + (<usize>t << 2))) {
      const stamp = STAMP + (<usize>t << 2);
      if (load<i32>(stamp) == scan) break;
      store<i32>(stamp, scan);
      const w = WEIGHTS + <usize>load<i32>(GRAM_OF + (<usize>t << 2)) * (LANES << 3);
      lane0 += load<f64>(w);
      lane1 += load<f64>(w, 8);
      lane2 += load<f64>(w, 16);
      lane3 += load<f64>(w, 24);
      lane4 += load<f64>(w, 32);
      lane5 += load<f64>(w, 40);
      lane6 += load<f64>(w, 48);
      lane7 += load<f64>(w, 56);
    }
  }
  unpack(0, lane0);
  unpack(1, lane1);
  unpack(2, lane2);
  unpack(3, lane3);
  unpack(4, lane4);
  unpack(5, lane5);
  unpack(6, lane6);
  unpack(7, lane7);
}

/** Lane j holds rule 2j's sum times LANE plus rule 2j + 1's, both exact (packed-weights.ts). */
@inline function unpack(j: i32, lane: f64): void {
  const high = Math.floor(lane / LANE + 0.5);
  store<i32>(SUMS + (<usize>j << 3), <i32>high);
  store<i32>(SUMS + (<usize>j << 3) + 4, <i32>(lane - high * LANE));
}

/** The state after the START padding code. */
export function beginMatch(): i32 {
  found = 0;
  signalsFound = 0;
  beginNear();
  return advance(0, START_CODE, 0);
}

/** After the view's `length` codes: the END padding code, the counts for the host, the weights. */
export function endMatch(state: i32, length: i32, scan: i32): void {
  advance(state, END_CODE, length + 1);
  header(H_FOUND, found);
  header(H_SIGNALS, signalsFound);
  header(H_NEAR_HITS, nearHits());
  addWeights(scan);
}

/**
 * The automaton over a view the host built (the `length` codes at CODES), padded: START, the codes,
 * END. `scan` numbers the scan for the n-gram stamps.
 */
export function match(length: i32, scan: i32): void {
  let s = beginMatch();
  for (let k = 0; k < length; k++) {
    const code = <i32>load<u16>(CODES + (<usize>k << 1));
    countNear(code);
    s = advance(s, code, k + 1);
  }
  endMatch(s, length, scan);
}
