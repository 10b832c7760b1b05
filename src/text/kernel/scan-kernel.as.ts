// The scanner's hot loops in WebAssembly (AssemblyScript source; `npm run build:kernel` builds
// scan-kernel.wasm beside it). JavaScript's optimising compiler needs thousands of comments to
// settle on these loops and drops them again at every new kind of character; WebAssembly is
// compiled ahead of the first comment. quick-fold.ts and scanner.ts own the logic's meaning and
// its tests; this file is their port, checked against the JavaScript normaliser by those tests.
//
// Memory is the host's: it fills the tables at the addresses of the memory map below.

// Fold table entry layout (fold-table.ts; the host checks these against its own at load).
export const KIND_SIMPLE: i32 = 1;
export const KIND_SEPARATOR: i32 = 2;
export const KIND_DROP: i32 = 3;
export const KIND_LONG_VOWEL: i32 = 4;
export const KIND_HIGH_SURROGATE: i32 = 5;
export const KIND_PAIR: i32 = 6;
export const KATAKANA_BIT: i32 = 19;
export const LIGHT_OUTPUT: i32 = 1 << 21;
export const LIGHT_ENDS_WITH_DOT: i32 = 1 << 22;
export const LIGHT_STARTS_ALNUM: i32 = 1 << 23;
export const WHITESPACE: i32 = 1 << 26;
export const REPORTED: i32 = 1 << 29;
export const HALF_WIDTH_BASE: i32 = 1 << 30;
export const PLAIN_MASK: i32 = (7 << 16) | HALF_WIDTH_BASE | LIGHT_OUTPUT | LIGHT_ENDS_WITH_DOT | WHITESPACE | REPORTED;
export const PLAIN_ENTRY: i32 = (KIND_SIMPLE << 16) | LIGHT_OUTPUT;

// Packed model weights (packed-weights.ts): two rules' integer sums per f64 lane.
export const LANE: f64 = 67108864; // 2^26

// Character information bits (INFO table).
export const INFO_KANA: u8 = 1;
export const INFO_LATIN: u8 = 2;
export const INFO_DIGIT: u8 = 4;

// fold() results below zero.
export const DECLINED: i32 = -1;
export const NEEDS_ENTRY: i32 = -2;
// What the host must describe before a retry (header slot NEED_KIND).
export const NEED_UNIT: i32 = 1;
export const NEED_HALF_WIDTH: i32 = 2;
export const NEED_CODE_POINT: i32 = 3;

// Header slots (i32) the host reads after a call.
export const H_COMPACT_LENGTH: i32 = 0;
export const H_ANY: i32 = 1;
export const H_ALL: i32 = 2;
export const H_DOTS: i32 = 3;
export const H_NEED_KIND: i32 = 4;
export const H_NEED_A: i32 = 5;
export const H_NEED_B: i32 = 6;
export const H_FOUND: i32 = 7;
export const H_SIGNALS: i32 = 8;
export const HEADER_SLOTS: i32 = 9;

// Automaton state fields and model lanes (scan-automaton.ts, packed-weights.ts; the host checks them).
export const NODE_STRIDE: i32 = 3;
export const OUTPUT: i32 = 1 << 30;
const FAIL_MASK: i32 = OUTPUT - 1;
export const LANES: i32 = 8;

const SPACE: i32 = 0x20;
const UNKNOWN: i32 = -2;
const ASTRAL_EMPTY: i32 = 0;

// The memory map. Fixed tables and the per-scan buffers sit at constant addresses (the hot loops
// address them with immediate offsets); the automaton's tables, whose sizes depend on the lexicon and
// model, follow from AUTOMATON, placed by the host (initAutomaton, initModel).
export const CAPACITY: i32 = 16384; // longest text the kernel folds (longer ones take the table fold)
const FOUND_INTS: i32 = 2 * (CAPACITY + 2); // one (state, end) pair per view code and padding code
export const TABLE: usize = 65536; // i32 per UTF-16 unit: its fold-table entry
export const INFO: usize = TABLE + (65536 << 2); // u8 per UTF-16 unit: INFO_* bits
export const INWORD: usize = INFO + 65536; // u8 per ASCII unit: its in-word replacement, or 0
export const HALF: usize = INWORD + 128; // i32 per half-width kana × voiced mark
export const HALF_SLOTS: i32 = 2 * (0xff9d - 0xff61 + 1);
export const ASTRAL: usize = HALF + (<usize>HALF_SLOTS << 2); // (code point, entry) pairs, open addressing
export const ASTRAL_SLOTS: i32 = 4096;
export const CLASS_OF: usize = ASTRAL + (<usize>ASTRAL_SLOTS << 3); // u16 per UTF-16 unit: automaton class
export const TEXT: usize = CLASS_OF + (65536 << 1); // u16 × CAPACITY: the text to fold
export const CODES: usize = TEXT + (<usize>CAPACITY << 1); // u16 × CAPACITY: the match view
export const STARTS: usize = CODES + (<usize>CAPACITY << 1); // i32 × CAPACITY: each view code's original range
export const ENDS: usize = STARTS + (<usize>CAPACITY << 2);
export const KATA: usize = ENDS + (<usize>CAPACITY << 2); // u8 × CAPACITY: written in katakana
export const COMPACT: usize = KATA + <usize>CAPACITY; // u16 × CAPACITY: the text without whitespace
export const DOTS: usize = COMPACT + (<usize>CAPACITY << 1); // i32 × CAPACITY: where a link may start
export const HEADER: usize = DOTS + (<usize>CAPACITY << 2); // i32 × HEADER_SLOTS
export const SUMS: usize = HEADER + 64; // i32 × 16: the model's weight sum per rule
export const FOUND: usize = SUMS + 64; // (state, end) pairs where something ends
export const SIGNAL_LIST: usize = FOUND + (<usize>FOUND_INTS << 2); // the pairs of FOUND whose states carry signals
export const AUTOMATON: usize = (SIGNAL_LIST + (<usize>FOUND_INTS << 2) + 63) & ~63;
const NODES: usize = AUTOMATON; // i32 × NODE_STRIDE per state slot: base, check, failure | OUTPUT

let ROOT_NEXT: usize = 0;
let SIGNALLED: usize = 0; // u8 per state slot: signals end there
let START_CODE: i32 = 0;
let END_CODE: i32 = 0;
let START_CLASS: i32 = 0;
let END_CLASS: i32 = 0;
let GRAM_CHAIN: usize = 0; // i32 per state slot: the first state of its failure chain that spells an n-gram
let GRAM_NEXT: usize = 0; // i32 per state slot: the next one down that chain
let GRAM_OF: usize = 0; // i32 per state slot: the n-gram it spells
let STAMP: usize = 0; // i32 per state slot: the scan in which its chain was last counted
let WEIGHTS: usize = 0; // eight packed f64 lanes per n-gram
// The automaton pass in progress.
let found: i32 = 0;
let signalsFound: i32 = 0;
let generation: i32 = 0;

/** The automaton's own tables (its nodes at AUTOMATON), after the host has filled CLASS_OF and them. */
export function initAutomaton(rootNext: usize, signalled: usize, startCode: i32, endCode: i32): void {
  ROOT_NEXT = rootNext; SIGNALLED = signalled;
  START_CODE = startCode; END_CODE = endCode;
  START_CLASS = <i32>load<u16>(CLASS_OF + (<usize>startCode << 1));
  END_CLASS = <i32>load<u16>(CLASS_OF + (<usize>endCode << 1));
}

export function initModel(gramChain: usize, gramNext: usize, gramOf: usize, stamp: usize, weights: usize): void {
  GRAM_CHAIN = gramChain; GRAM_NEXT = gramNext; GRAM_OF = gramOf; STAMP = stamp; WEIGHTS = weights;
}

@inline function unitAt(i: i32): i32 { return <i32>load<u16>(TEXT + (<usize>i << 1)); }
@inline function entryOf(unit: i32): i32 { return load<i32>(TABLE + (<usize>unit << 2)); }
@inline function info(code: i32): i32 { return code >= 0 ? <i32>load<u8>(INFO + <usize>(code & 0xffff)) : 0; }
@inline function isKana(code: i32): bool { return (info(code) & INFO_KANA) != 0; }
@inline function isLatin(code: i32): bool { return (info(code) & INFO_LATIN) != 0; }
@inline function isDigit(code: i32): bool { return (info(code) & INFO_DIGIT) != 0; }
@inline function isLatinOrDigit(code: i32): bool { return (info(code) & (INFO_LATIN | INFO_DIGIT)) != 0; }
@inline function inwordConfusable(code: i32): i32 { return code >= 0 && code < 128 ? <i32>load<u8>(INWORD + <usize>code) : 0; }
@inline function putCode(k: i32, code: i32): void { store<u16>(CODES + (<usize>k << 1), <u16>code); }
/** Writes the view's k-th code; a fold without offsets runs the automaton over it as it goes. */
@inline function emit(state: i32, k: i32, code: i32, offsets: bool): i32 {
  putCode(k, code);
  return offsets ? state : advance(state, code, k + 1);
}
/** An entry of one non-ASCII unit folded to one code, with nothing else to weigh (the common character). */
@inline function isPlain(e: i32): bool { return (e & PLAIN_MASK) == PLAIN_ENTRY && (e & 0xff80) != 0; }
/** The original range [start, end) and katakana flag of the view's k-th code. */
@inline function putRange(k: i32, start: i32, end: i32, kata: i32): void {
  store<i32>(STARTS + (<usize>k << 2), start);
  store<u8>(KATA + <usize>k, <u8>kata);
  store<i32>(ENDS + (<usize>k << 2), end);
}
/** The k-th code also covers the original text up to `end` (a repeat folded into it). */
@inline function extendRange(k: i32, end: i32): void { store<i32>(ENDS + (<usize>k << 2), end); }
@inline function putCompact(k: i32, unit: i32): void { store<u16>(COMPACT + (<usize>k << 1), <u16>unit); }
@inline function putDot(k: i32, at: i32): void { store<i32>(DOTS + (<usize>k << 2), at); }
@inline function header(slot: i32, value: i32): void { store<i32>(HEADER + (<usize>slot << 2), value); }

function need(kind: i32, a: i32, b: i32): i32 {
  header(H_NEED_KIND, kind);
  header(H_NEED_A, a);
  header(H_NEED_B, b);
  return NEEDS_ENTRY;
}

/** The described entry of an astral code point, or 0. */
function astralEntry(codePoint: i32): i32 {
  let slot = (codePoint * 0x9e3779b1) >>> 20;
  for (let probes = 0; probes < ASTRAL_SLOTS; probes++) {
    slot &= ASTRAL_SLOTS - 1;
    const at = ASTRAL + (<usize>slot << 3);
    const stored = load<i32>(at);
    if (stored == codePoint) return load<i32>(at + 4);
    if (stored == ASTRAL_EMPTY) return 0;
    slot++;
  }
  return 0;
}

/** Records an astral code point's entry; false when the table is full. */
export function addAstral(codePoint: i32, entry: i32): bool {
  let slot = (codePoint * 0x9e3779b1) >>> 20;
  for (let probes = 0; probes < ASTRAL_SLOTS; probes++) {
    slot &= ASTRAL_SLOTS - 1;
    const at = ASTRAL + (<usize>slot << 3);
    const stored = load<i32>(at);
    if (stored == codePoint || stored == ASTRAL_EMPTY) {
      store<i32>(at, codePoint);
      store<i32>(at + 4, entry);
      return true;
    }
    slot++;
  }
  return false;
}

/** quick-fold.ts foldedAt: −1 past the end, UNKNOWN unless the table folds it to one plain unit. */
@inline function foldedAt(i: i32, n: i32): i32 {
  if (i >= n) return -1;
  const e = entryOf(unitAt(i));
  if (((e >>> 16) & 7) != KIND_SIMPLE || (e & (HALF_WIDTH_BASE | REPORTED)) != 0) return UNKNOWN;
  return e & 0xffff;
}

/**
 * QuickFold.run: the match view's codes (and with `offsets` their ranges and katakana flags) of the
 * n units at TEXT. Returns the view's length, DECLINED, or NEEDS_ENTRY (describe, then call again).
 * Without offsets, the automaton pass (match) runs over each code as it is written; `scan` numbers
 * the scan for the n-gram stamps.
 */
export function fold(n: i32, offsets: bool, scan: i32): i32 {
  let s = offsets ? 0 : beginMatch(scan);
  let length = 0;
  let compactLength = 0;
  let any = 0;
  let all = -1;
  let lastDot = false;
  let dots = 0;
  let folded = -1;
  let last = -1;
  let token = 0;
  let inSeparators = false;
  let tokenBeforeSeparators = 0;
  let foldedBeforeSeparators = -1;
  let separatorsStart = 0;
  let separatorsEnd = 0;
  for (let i = 0; i < n; i++) {
    if (!lastDot && !inSeparators) {
      // The common case in a loop of its own: one non-ASCII unit in, one out, no letter, digit or
      // confusable to weigh; until a character that needs more. One copy of the loop per mode, so
      // neither tests the mode at each character.
      const from = i;
      if (offsets)
        for (; i < n; i++) {
          const unit = unitAt(i);
          const e = entryOf(unit);
          if (!isPlain(e)) break;
          any |= e;
          all &= e;
          putCompact(compactLength++, unit);
          const code = e & 0xffff;
          if (code != last) {
            putRange(length, i, i + 1, (e >>> KATAKANA_BIT) & 1);
            putCode(length++, code);
          } else extendRange(length - 1, i + 1);
          last = code;
        }
      else
        for (; i < n; i++) {
          const unit = unitAt(i);
          const e = entryOf(unit);
          if (!isPlain(e)) break;
          any |= e;
          all &= e;
          putCompact(compactLength++, unit);
          const code = e & 0xffff;
          if (code != last) s = emit(s, length++, code, false);
          last = code;
        }
      if (i > from) {
        folded = last;
        token = 0;
      }
      if (i >= n) break;
    }
    const start = i;
    const unit = unitAt(i);
    let e = entryOf(unit);
    if (e == 0) return need(NEED_UNIT, unit, 0);
    let kind = (e >>> 16) & 7;
    if ((e & REPORTED) != 0) return DECLINED;
    if ((e & HALF_WIDTH_BASE) != 0) {
      const next = i + 1 < n ? unitAt(i + 1) : 0;
      if (next == 0xff9e || next == 0xff9f) {
        e = load<i32>(HALF + (<usize>((unit - 0xff61) * 2 + (next - 0xff9e)) << 2));
        if (e == 0) return need(NEED_HALF_WIDTH, unit, next);
        kind = (e >>> 16) & 7;
        putCompact(compactLength++, unit);
        i++;
      }
    } else if (kind == KIND_HIGH_SURROGATE) {
      const low = i + 1 < n ? unitAt(i + 1) : 0;
      if (!(low >= 0xdc00 && low <= 0xdfff)) return DECLINED;
      const codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      e = astralEntry(codePoint);
      if (e == 0) return need(NEED_CODE_POINT, codePoint, 0);
      kind = (e >>> 16) & 7;
      putCompact(compactLength++, unit);
      i++;
    }
    any |= e;
    all &= e;
    if ((e & LIGHT_OUTPUT) != 0) {
      if (lastDot && (e & LIGHT_STARTS_ALNUM) != 0) putDot(dots++, start);
      lastDot = (e & LIGHT_ENDS_WITH_DOT) != 0;
    }
    if ((e & WHITESPACE) == 0) putCompact(compactLength++, unitAt(i));
    let code: i32;
    if (kind == KIND_SIMPLE) code = e & 0xffff;
    else if (kind == KIND_DROP) continue;
    else if (kind == KIND_SEPARATOR || kind == KIND_LONG_VOWEL) {
      if (kind == KIND_LONG_VOWEL && folded >= 0 && !inSeparators && isKana(folded)) continue;
      if (!inSeparators) {
        inSeparators = true;
        tokenBeforeSeparators = token;
        foldedBeforeSeparators = folded;
        separatorsStart = start;
      }
      separatorsEnd = i + 1;
      token = 0;
      continue;
    } else if (kind == KIND_PAIR) {
      if (inSeparators) inSeparators = false;
      for (let k = start; k <= i; k++) {
        const u = unitAt(k);
        if (u != last) {
          if (offsets) putRange(length, start, i + 1, 0);
          s = emit(s, length++, u, offsets);
        } else if (offsets) extendRange(length - 1, i + 1);
        last = u;
      }
      folded = unitAt(i);
      token = 0;
      continue;
    } else return DECLINED;
    if (inSeparators) {
      inSeparators = false;
      if (isLatinOrDigit(foldedBeforeSeparators) && isLatinOrDigit(code) && tokenBeforeSeparators >= 2 && last != SPACE) {
        if (i + 1 < n && entryOf(unitAt(i + 1)) == 0) return need(NEED_UNIT, unitAt(i + 1), 0);
        const after = foldedAt(i + 1, n);
        if (after == UNKNOWN) return DECLINED;
        if (isLatinOrDigit(after) || inwordConfusable(after) != 0) {
          if (offsets) putRange(length, separatorsStart, separatorsEnd, 0);
          s = emit(s, length++, SPACE, offsets);
          last = SPACE;
        }
      }
    }
    folded = code;
    token = isLatinOrDigit(code) || inwordConfusable(code) != 0 ? token + 1 : 0;
    const confusable = inwordConfusable(code);
    if (confusable != 0 && length > 0 && isLatin(last)) {
      if (i + 1 < n && entryOf(unitAt(i + 1)) == 0) return need(NEED_UNIT, unitAt(i + 1), 0);
      const after = foldedAt(i + 1, n);
      if (after == UNKNOWN) return DECLINED;
      if (isLatin(after)) code = confusable;
    }
    if (last == code && !isDigit(code)) {
      if (offsets) extendRange(length - 1, i + 1);
      continue;
    }
    if (offsets) putRange(length, start, i + 1, (e >>> KATAKANA_BIT) & 1);
    s = emit(s, length++, code, offsets);
    last = code;
  }
  header(H_COMPACT_LENGTH, compactLength);
  header(H_ANY, any);
  header(H_ALL, all);
  header(H_DOTS, dots);
  if (!offsets) endMatch(s, length);
  return length;
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
@inline function advance(state: i32, code: i32, end: i32): i32 {
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
 * Scanner.addOutputs: the weights of the n-grams that end in the noted states, each counted once per
 * scan. A state stamped in this scan was counted with the rest of its failure chain, so a walk stops there.
 */
function addWeights(): void {
  const scan = generation;
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

/** packed-weights.ts unpack: lane j holds rule 2j's sum times LANE plus rule 2j + 1's, both exact. */
@inline function unpack(j: i32, lane: f64): void {
  const high = Math.floor(lane / LANE + 0.5);
  store<i32>(SUMS + (<usize>j << 3), <i32>high);
  store<i32>(SUMS + (<usize>j << 3) + 4, <i32>(lane - high * LANE));
}

function beginMatch(scan: i32): i32 {
  found = 0;
  signalsFound = 0;
  generation = scan;
  return START_CLASS == 0 ? 0 : advance(0, START_CODE, 0);
}

function endMatch(state: i32, length: i32): void {
  if (END_CLASS != 0) advance(state, END_CODE, length + 1);
  header(H_FOUND, found);
  header(H_SIGNALS, signalsFound);
  addWeights();
}

/**
 * Scanner.match for a view the host built (the `length` codes at CODES): the automaton over the
 * padded view, START, the codes, END. `scan` numbers the scan for the n-gram stamps.
 */
export function match(length: i32, scan: i32): void {
  let s = beginMatch(scan);
  for (let k = 0; k < length; k++) s = advance(s, <i32>load<u16>(CODES + (<usize>k << 1)), k + 1);
  endMatch(s, length);
}
