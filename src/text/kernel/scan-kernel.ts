import { readFileSync } from 'node:fs';
import { INWORD_CONFUSABLES, isDigit, isKana, isLatin } from '../char-tables.ts';
import { END, START, WEIGHT_STRIDE } from '../classifier.ts';
import {
  describeCodePoint,
  describeHalfWidthWithMark,
  describeUnit,
  HALF_WIDTH_BASE,
  KATAKANA_BIT,
  KIND_DROP,
  KIND_HIGH_SURROGATE,
  KIND_LONG_VOWEL,
  KIND_PAIR,
  KIND_SEPARATOR,
  KIND_SIMPLE,
  LIGHT_ENDS_WITH_DOT,
  LIGHT_OUTPUT,
  LIGHT_STARTS_ALNUM,
  PLAIN_ENTRY,
  PLAIN_MASK,
  REPORTED,
  UNIT_TABLE,
  WHITESPACE,
} from '../fold-table.ts';
import { LANE } from '../packed-weights.ts';
import type { ScanAutomaton } from '../scan-automaton.ts';

/**
 * The scanner's two hot loops, the quick fold and the automaton pass, run as WebAssembly
 * (scan-kernel.as.ts, built to scan-kernel.wasm by `npm run build:kernel`). This host lays out the
 * kernel's memory: the fold table and character tables, the automaton, and per-scan buffers that
 * grow with the longest text seen. The kernel never describes a character itself: it stops and
 * names what it needs, the host describes it with fold-table.ts and calls again.
 */
export const KERNEL_URL = new URL('./scan-kernel.wasm', import.meta.url);
const module = new WebAssembly.Module(readFileSync(KERNEL_URL));

interface KernelExports {
  init(table: number, info: number, inword: number, half: number, astral: number, astralSlots: number): void;
  initBuffers(...addresses: number[]): void;
  initAutomaton(
    classOf: number,
    nodes: number,
    rootNext: number,
    signalled: number,
    startCode: number,
    endCode: number,
  ): void;
  initModel(
    gramChain: number,
    gramNext: number,
    gramOf: number,
    stamp: number,
    weights: number,
    sums: number,
  ): void;
  fold(n: number, offsets: number, scan: number): number;
  match(length: number, scan: number): void;
  addAstral(codePoint: number, entry: number): number;
}

const PAGE = 65536;
const HALF_WIDTH_SLOTS = 2 * (0xff9d - 0xff61 + 1);
/** Two ints per state noted: at most one per view code and the two padding codes. */
const FOUND_INTS = (capacity: number): number => 2 * (capacity + 2);
const ASTRAL_SLOTS = 4096;
const START_CODE = START.charCodeAt(0);
const END_CODE = END.charCodeAt(0);

function constant(instance: WebAssembly.Instance, name: string): number {
  return (instance.exports[name] as WebAssembly.Global).value as number;
}

/** The kernel must read fold-table entries with the host's layout; a mismatch is a build error. */
function checkLayout(instance: WebAssembly.Instance): void {
  const layout = {
    KIND_SIMPLE,
    KIND_SEPARATOR,
    KIND_DROP,
    KIND_LONG_VOWEL,
    KIND_HIGH_SURROGATE,
    KIND_PAIR,
    KATAKANA_BIT,
    LIGHT_OUTPUT,
    LIGHT_ENDS_WITH_DOT,
    LIGHT_STARTS_ALNUM,
    WHITESPACE,
    REPORTED,
    HALF_WIDTH_BASE,
    PLAIN_MASK,
    PLAIN_ENTRY,
    LANE,
  };
  for (const [name, value] of Object.entries(layout))
    if (constant(instance, name) !== value)
      throw new Error(`scan kernel: ${name} differs from fold-table.ts; rebuild with npm run build:kernel`);
}

/** The kernel's protocol: its result codes, header slots and character information bits. */
const PROTOCOL = [
  'DECLINED',
  'NEEDS_ENTRY',
  'NEED_UNIT',
  'NEED_HALF_WIDTH',
  'H_COMPACT_LENGTH',
  'H_ANY',
  'H_ALL',
  'H_DOTS',
  'H_NEED_KIND',
  'H_NEED_A',
  'H_NEED_B',
  'H_FOUND',
  'H_SIGNALS',
  'HEADER_SLOTS',
  'INFO_KANA',
  'INFO_LATIN',
  'INFO_DIGIT',
] as const;
const protocolInstance = new WebAssembly.Instance(module, {
  env: { memory: new WebAssembly.Memory({ initial: 1 }) },
});
checkLayout(protocolInstance);
export const KERNEL = Object.fromEntries(
  PROTOCOL.map((name) => [name, constant(protocolInstance, name)]),
) as Record<(typeof PROTOCOL)[number], number>;

const characterInfo = new Uint8Array(65536);
for (let c = 0; c < 65536; c++)
  characterInfo[c] =
    (isKana(c) ? KERNEL.INFO_KANA : 0) |
    (isLatin(c) ? KERNEL.INFO_LATIN : 0) |
    (isDigit(c) ? KERNEL.INFO_DIGIT : 0);
const inword = new Uint8Array(128);
for (const [from, to] of Object.entries(INWORD_CONFUSABLES)) inword[from.charCodeAt(0)] = to.charCodeAt(0);

/** Bytes from `at`, rounded up to a cache line, handed out in order. */
class Allocator {
  at: number;
  constructor(at: number) {
    this.at = at;
  }
  take(bytes: number): number {
    const start = this.at;
    this.at += Math.ceil(bytes / 64) * 64;
    return start;
  }
}

export class ScanKernel {
  private readonly memory = new WebAssembly.Memory({ initial: 1 });
  private readonly kernel: KernelExports;
  private readonly tables: {
    table: number;
    info: number;
    inword: number;
    half: number;
    astral: number;
    classOf: number;
    nodes: number;
    rootNext: number;
    signalled: number;
    gramChain: number;
    gramNext: number;
    gramOf: number;
    stamp: number;
    weights: number;
    sums: number;
    end: number;
  };
  private generation = 0;
  private readonly stampLength: number;
  /** The model's weight sum per rule (in the order of RULE_IDS) of the last scan. */
  sums!: Int32Array;
  private capacity = 0;
  private textAt = 0;
  private bytes!: Buffer;
  private entries!: Int32Array;
  private halfWidth!: Int32Array;
  codes!: Uint16Array;
  starts!: Int32Array;
  ends!: Int32Array;
  kata!: Uint8Array;
  compact!: Uint16Array;
  dots!: Int32Array;
  /** compactLength, OR and AND of the entries, dots, after a fold. */
  header!: Int32Array;
  /** (state, end) pairs of the last automaton pass: every state where something ends. */
  found!: Int32Array;
  /** The pairs of `found` whose states carry signals. */
  signals!: Int32Array;

  /** `weights`: the model's packed weights, eight lanes per n-gram (packWeights). */
  constructor(automaton: ScanAutomaton, weights: Float64Array) {
    const instance = new WebAssembly.Instance(module, { env: { memory: this.memory } });
    this.kernel = instance.exports as unknown as KernelExports;
    // The first page is left to the kernel's own data; the fixed tables follow, then the per-scan buffers.
    const memory = new Allocator(PAGE);
    this.tables = {
      table: memory.take(65536 * 4),
      info: memory.take(65536),
      inword: memory.take(128),
      half: memory.take(HALF_WIDTH_SLOTS * 4),
      astral: memory.take(ASTRAL_SLOTS * 8),
      classOf: memory.take(65536 * 2),
      nodes: memory.take(automaton.nodes.byteLength),
      rootNext: memory.take(automaton.rootNext.byteLength),
      signalled: memory.take(automaton.signalled.byteLength),
      gramChain: memory.take(automaton.gramChain.byteLength),
      gramNext: memory.take(automaton.gramNext.byteLength),
      gramOf: memory.take(automaton.gramOf.byteLength),
      stamp: memory.take(automaton.gramOf.byteLength),
      weights: memory.take(weights.byteLength),
      sums: memory.take(WEIGHT_STRIDE * 4),
      end: 0,
    };
    this.tables.end = memory.at;
    this.stampLength = automaton.gramOf.length;
    this.layout(1024);
    const buffer = this.memory.buffer;
    const t = this.tables;
    new Int32Array(buffer, t.gramChain, automaton.gramChain.length).set(automaton.gramChain);
    new Int32Array(buffer, t.gramNext, automaton.gramNext.length).set(automaton.gramNext);
    new Int32Array(buffer, t.gramOf, automaton.gramOf.length).set(automaton.gramOf);
    new Float64Array(buffer, t.weights, weights.length).set(weights);

    new Int32Array(buffer, t.table, 65536).set(UNIT_TABLE);
    new Uint8Array(buffer, t.info, 65536).set(characterInfo);
    new Uint8Array(buffer, t.inword, 128).set(inword);
    new Uint16Array(buffer, t.classOf, 65536).set(automaton.classOf);
    new Int32Array(buffer, t.nodes, automaton.nodes.length).set(automaton.nodes);
    new Int32Array(buffer, t.rootNext, automaton.rootNext.length).set(automaton.rootNext);
    new Uint8Array(buffer, t.signalled, automaton.signalled.length).set(automaton.signalled);
    this.kernel.initAutomaton(t.classOf, t.nodes, t.rootNext, t.signalled, START_CODE, END_CODE);
    this.kernel.initModel(t.gramChain, t.gramNext, t.gramOf, t.stamp, t.weights, t.sums);
  }

  /**
   * Folds `text` (at most `capacity` units after ensureCapacity) into the match view: its length, or
   * −1 when the quick fold declines the text. `offsets`: also the ranges and katakana flags.
   */
  fold(text: string, offsets: boolean): number {
    const n = text.length;
    if (n > this.capacity) this.layout(Math.max(n, this.capacity * 2));
    this.bytes.write(text, this.textAt, 'utf16le');
    for (;;) {
      // Each attempt is a scan of its own: one that stopped part-way has stamped states already.
      const result = this.kernel.fold(n, offsets ? 1 : 0, offsets ? 0 : this.nextScan());
      if (result !== KERNEL.NEEDS_ENTRY) return result === KERNEL.DECLINED ? -1 : result;
      if (!this.describe()) return -1;
    }
  }

  /** The automaton over a view of `length` codes the host wrote to `codes` (fold without offsets runs it itself). */
  match(length: number): void {
    this.kernel.match(length, this.nextScan());
  }

  /** The number of ints the last automaton pass wrote to `found`. */
  get foundLength(): number {
    return this.header[KERNEL.H_FOUND]!;
  }

  /** Numbers a scan: an n-gram's weights count once per scan (the kernel stamps the states it counted). */
  private nextScan(): number {
    if (++this.generation === 0x7fffffff) {
      new Int32Array(this.memory.buffer, this.tables.stamp, this.stampLength).fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  /** Makes room for a view of n codes written by the host into `codes`. */
  reserve(n: number): void {
    if (n > this.capacity) this.layout(Math.max(n, this.capacity * 2));
  }

  /** Describes what the kernel stopped for, in the host's tables and the kernel's copy. */
  private describe(): boolean {
    const kind = this.header[KERNEL.H_NEED_KIND]!;
    const a = this.header[KERNEL.H_NEED_A]!;
    const b = this.header[KERNEL.H_NEED_B]!;
    if (kind === KERNEL.NEED_UNIT) {
      this.entries[a] = UNIT_TABLE[a] || describeUnit(a);
      return this.entries[a] !== 0;
    }
    if (kind === KERNEL.NEED_HALF_WIDTH) {
      const slot = (a - 0xff61) * 2 + (b - 0xff9e);
      this.halfWidth[slot] = describeHalfWidthWithMark(a, b);
      return this.halfWidth[slot] !== 0;
    }
    const entry = describeCodePoint(a);
    return entry !== 0 && this.kernel.addAstral(a, entry) === 1;
  }

  /** Per-scan buffers for texts of up to `capacity` units, after the fixed tables. */
  private layout(capacity: number): void {
    const memory = new Allocator(this.tables.end);
    const text = memory.take(capacity * 2);
    const codes = memory.take(capacity * 2);
    const starts = memory.take(capacity * 4);
    const ends = memory.take(capacity * 4);
    const kata = memory.take(capacity);
    const compact = memory.take(capacity * 2);
    const dots = memory.take(capacity * 4);
    const header = memory.take(KERNEL.HEADER_SLOTS * 4);
    const found = memory.take(FOUND_INTS(capacity) * 4);
    const signals = memory.take(FOUND_INTS(capacity) * 4);
    const pages = Math.ceil(memory.at / PAGE) - this.memory.buffer.byteLength / PAGE;
    if (pages > 0) this.memory.grow(pages);
    const buffer = this.memory.buffer;
    this.capacity = capacity;
    this.textAt = text;
    this.bytes = Buffer.from(buffer);
    this.entries = new Int32Array(buffer, this.tables.table, 65536);
    this.halfWidth = new Int32Array(buffer, this.tables.half, HALF_WIDTH_SLOTS);
    this.sums = new Int32Array(buffer, this.tables.sums, WEIGHT_STRIDE);
    this.codes = new Uint16Array(buffer, codes, capacity);
    this.starts = new Int32Array(buffer, starts, capacity);
    this.ends = new Int32Array(buffer, ends, capacity);
    this.kata = new Uint8Array(buffer, kata, capacity);
    this.compact = new Uint16Array(buffer, compact, capacity);
    this.dots = new Int32Array(buffer, dots, capacity);
    this.header = new Int32Array(buffer, header, KERNEL.HEADER_SLOTS);
    this.found = new Int32Array(buffer, found, FOUND_INTS(capacity));
    this.signals = new Int32Array(buffer, signals, FOUND_INTS(capacity));
    const t = this.tables;
    this.kernel.init(t.table, t.info, t.inword, t.half, t.astral, ASTRAL_SLOTS);
    this.kernel.initBuffers(text, codes, starts, ends, kata, compact, dots, header, found, signals);
  }
}
