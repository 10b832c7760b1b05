import { readFileSync } from 'node:fs';
import { INWORD_CONFUSABLES, isDigit, isKana, isLatin } from '../char-tables.ts';
import { END, START, WEIGHT_STRIDE } from '../classifier.ts';
import {
  describeCodePoint,
  describeHalfWidthWithMark,
  describeUnit,
  ENTRY_LAYOUT,
  HALF_WIDTH_SLOTS,
  halfWidthSlot,
  UNIT_TABLE,
} from '../fold-table.ts';
import { NEAR_HASH_BITS } from '../official-grams.ts';
import { LANE, LANES } from '../packed-weights.ts';
import { NODE_STRIDE, OUTPUT, type ScanAutomaton } from '../scan-automaton.ts';

/**
 * The scanner's two hot loops, the quick fold and the automaton pass, run as WebAssembly (the
 * AssemblyScript files *.as.ts beside this one, built to scan-kernel.wasm by `npm run build:kernel`).
 * This host fills the kernel's memory map: the fold table and character tables, then the automaton
 * and the model's weights. The kernel never describes a character itself: it stops and names what it
 * needs, the host describes it with fold-table.ts and calls again.
 */
export const KERNEL_URL = new URL('./scan-kernel.wasm', import.meta.url);
const module = new WebAssembly.Module(readFileSync(KERNEL_URL));

interface KernelExports {
  initAutomaton(rootNext: number, signalled: number, startCode: number, endCode: number): void;
  initModel(gramChain: number, gramNext: number, gramOf: number, stamp: number, weights: number): void;
  fold(n: number, offsets: number, scan: number, reportedAllowed: number): number;
  match(length: number, scan: number): void;
  addAstral(codePoint: number, entry: number): number;
  useNear(loaded: number): void;
}

/** ScanKernel.fold results below zero. */
export const FOLD_DECLINED = -1;
export const FOLD_REPORTED = -2;

const PAGE = 65536;
const START_CODE = START.charCodeAt(0);
const END_CODE = END.charCodeAt(0);

function constant(instance: WebAssembly.Instance, name: string): number {
  return (instance.exports[name] as WebAssembly.Global).value as number;
}

/** The kernel must read fold-table entries, automaton states and model lanes as the host lays them out. */
function checkLayout(instance: WebAssembly.Instance): void {
  const layout = { ...ENTRY_LAYOUT, LANE, LANES, NODE_STRIDE, OUTPUT, NEAR_HASH_BITS };
  for (const [name, value] of Object.entries(layout))
    if (constant(instance, name) !== value)
      throw new Error(`scan kernel: ${name} differs from the host's; rebuild with npm run build:kernel`);
}

/** The kernel's protocol: its result codes, header slots and character information bits. */
const PROTOCOL = [
  'DECLINED',
  'NEEDS_ENTRY',
  'REPORTED_TEXT',
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
  'H_NEAR_HITS',
  'HEADER_SLOTS',
  'INFO_KANA',
  'INFO_LATIN',
  'INFO_DIGIT',
  'CAPACITY',
  'TABLE',
  'INFO',
  'INWORD',
  'HALF',
  'CLASS_OF',
  'NEAR_HASH_BITS',
  'NEAR_BITS',
  'TEXT',
  'CODES',
  'STARTS',
  'ENDS',
  'KATA',
  'COMPACT',
  'DOTS',
  'HEADER',
  'SUMS',
  'FOUND',
  'FOUND_INTS',
  'SIGNAL_LIST',
  'AUTOMATON',
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

export class ScanKernel {
  private readonly memory: WebAssembly.Memory;
  private readonly kernel: KernelExports;
  private readonly bytes: Buffer;
  private readonly entries: Int32Array;
  private readonly halfWidth: Int32Array;
  private readonly stamps: Int32Array;
  private generation = 0;
  private readonly nearBits: Uint32Array;
  private nearLoaded: Uint32Array | null = null;
  /** The longest text the kernel folds; longer ones take the table fold. */
  readonly capacity = KERNEL.CAPACITY;
  /** The view's codes, and with an offsets fold their original ranges and katakana flags. */
  readonly codes: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kata: Uint8Array;
  /** The text without whitespace; where a dot is followed by a letter or digit. */
  readonly compact: Uint16Array;
  readonly dots: Int32Array;
  /** compactLength, OR and AND of the entries, dots, found and signals counts, after a call. */
  readonly header: Int32Array;
  /** The model's weight sum per rule (in the order of RULE_IDS) of the last scan. */
  readonly sums: Int32Array;
  /** (state, end) pairs of the last automaton pass: every state where something ends. */
  readonly found: Int32Array;
  /** The pairs of `found` whose states carry signals. */
  readonly signals: Int32Array;

  /** `weights`: the model's packed weights, eight lanes per n-gram (packWeights). */
  constructor(automaton: ScanAutomaton, weights: Float64Array) {
    // The automaton's tables follow the kernel's fixed memory map, each starting on a cache line.
    let at = KERNEL.AUTOMATON;
    const place = (array: ArrayBufferView): number => {
      const start = at;
      at += Math.ceil(array.byteLength / 64) * 64;
      return start;
    };
    const nodes = place(automaton.nodes);
    const rootNext = place(automaton.rootNext);
    const signalled = place(automaton.signalled);
    const gramChain = place(automaton.gramChain);
    const gramNext = place(automaton.gramNext);
    const gramOf = place(automaton.gramOf);
    const stamp = place(automaton.gramOf);
    const weightsAt = place(weights);
    this.memory = new WebAssembly.Memory({ initial: Math.ceil(at / PAGE) });
    this.kernel = new WebAssembly.Instance(module, { env: { memory: this.memory } })
      .exports as unknown as KernelExports;
    const buffer = this.memory.buffer;
    const copy = <T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(
      at: number,
      source: T,
      make: new (buffer: ArrayBuffer, offset: number, length: number) => T,
    ): T => {
      const view = new make(buffer, at, source.length);
      view.set(source);
      return view;
    };
    this.entries = copy(KERNEL.TABLE, UNIT_TABLE, Int32Array);
    copy(KERNEL.INFO, characterInfo, Uint8Array);
    copy(KERNEL.INWORD, inword, Uint8Array);
    copy(KERNEL.CLASS_OF, automaton.classOf, Uint16Array);
    copy(nodes, automaton.nodes, Int32Array);
    copy(rootNext, automaton.rootNext, Int32Array);
    copy(signalled, automaton.signalled, Uint8Array);
    copy(gramChain, automaton.gramChain, Int32Array);
    copy(gramNext, automaton.gramNext, Int32Array);
    copy(gramOf, automaton.gramOf, Int32Array);
    copy(weightsAt, weights, Float64Array);
    this.kernel.initAutomaton(rootNext, signalled, START_CODE, END_CODE);
    this.kernel.initModel(gramChain, gramNext, gramOf, stamp, weightsAt);
    const capacity = KERNEL.CAPACITY;
    this.bytes = Buffer.from(buffer);
    this.halfWidth = new Int32Array(buffer, KERNEL.HALF, HALF_WIDTH_SLOTS);
    this.nearBits = new Uint32Array(buffer, KERNEL.NEAR_BITS, 1 << (NEAR_HASH_BITS - 5));
    this.stamps = new Int32Array(buffer, stamp, automaton.gramOf.length);
    this.codes = new Uint16Array(buffer, KERNEL.CODES, capacity);
    this.starts = new Int32Array(buffer, KERNEL.STARTS, capacity);
    this.ends = new Int32Array(buffer, KERNEL.ENDS, capacity);
    this.kata = new Uint8Array(buffer, KERNEL.KATA, capacity);
    this.compact = new Uint16Array(buffer, KERNEL.COMPACT, capacity);
    this.dots = new Int32Array(buffer, KERNEL.DOTS, capacity);
    this.header = new Int32Array(buffer, KERNEL.HEADER, KERNEL.HEADER_SLOTS);
    this.sums = new Int32Array(buffer, KERNEL.SUMS, WEIGHT_STRIDE);
    this.found = new Int32Array(buffer, KERNEL.FOUND, KERNEL.FOUND_INTS);
    this.signals = new Int32Array(buffer, KERNEL.SIGNAL_LIST, KERNEL.FOUND_INTS);
  }

  /**
   * Folds `text` into the match view: its length, or FOLD_DECLINED (longer than `capacity`, or what
   * only the table fold handles), or FOLD_REPORTED (characters the sanitiser reports, unless
   * `reportedAllowed`). `offsets`: also the ranges and katakana flags; without, the automaton pass
   * runs over the view as it is written.
   */
  fold(text: string, offsets: boolean, reportedAllowed = false): number {
    const n = text.length;
    if (n > this.capacity) return FOLD_DECLINED;
    this.bytes.write(text, KERNEL.TEXT, n * 2, 'utf16le');
    const scan = offsets ? 0 : this.nextScan();
    for (let first = true; ; first = false) {
      const result = this.kernel.fold(n, offsets ? 1 : 0, scan, reportedAllowed ? 1 : 0);
      if (result >= 0) return result;
      if (result === KERNEL.REPORTED_TEXT) return FOLD_REPORTED;
      if (result !== KERNEL.NEEDS_ENTRY) return FOLD_DECLINED;
      // The first stop describes every unit of the text not yet described, so a text full of new
      // characters costs one more pass, not one per character.
      if (first) this.describeUnits(text);
      if (!this.describe()) return FOLD_DECLINED;
    }
  }

  /** Every code unit of `text` whose entry the kernel does not have yet. */
  private describeUnits(text: string): void {
    const entries = this.entries;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (entries[unit] === 0) entries[unit] = UNIT_TABLE[unit] || describeUnit(unit);
    }
  }

  /** The automaton over a view of `length` (≤ capacity) codes the host wrote to `codes`. */
  match(length: number): void {
    this.kernel.match(length, this.nextScan());
  }

  /**
   * The bit set of a tenant's official posts' 3-grams (OfficialGrams.bits), or null: the following
   * scans count the view's 3-grams whose bit is set (nearHits). Loaded again only when it changes.
   */
  useNearBits(bits: Uint32Array | null): void {
    if (bits === this.nearLoaded) return;
    if (bits !== null) this.nearBits.set(bits);
    this.kernel.useNear(bits === null ? 0 : 1);
    this.nearLoaded = bits;
  }

  /** The view's 3-grams (repeats counted again) found in the loaded bit set, after an automaton pass. */
  get nearHits(): number {
    return this.header[KERNEL.H_NEAR_HITS]!;
  }

  /** The number of ints the last automaton pass wrote to `found`. */
  get foundLength(): number {
    return this.header[KERNEL.H_FOUND]!;
  }

  /** Numbers a scan: an n-gram's weights count once per scan (the kernel stamps the states it counted). */
  private nextScan(): number {
    if (++this.generation === 0x7fffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    return this.generation;
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
      const slot = halfWidthSlot(a, b);
      this.halfWidth[slot] = describeHalfWidthWithMark(a, b);
      return this.halfWidth[slot] !== 0;
    }
    const entry = describeCodePoint(a);
    return entry !== 0 && this.kernel.addAstral(a, entry) === 1;
  }
}
