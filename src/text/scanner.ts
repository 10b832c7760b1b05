import type { AutomatonMatch } from './automaton.ts';
import { type CompiledModel, END, START, WEIGHT_STRIDE } from './classifier.ts';
import { CodeBuffer, UnitCopy } from './code-buffer.ts';
import { isRepetition } from './detectors/noise.ts';
import { resolveInto } from './normalise.ts';
import { exactGramLimit, LANES, packWeights, unpack } from './packed-weights.ts';
import { QuickFold } from './quick-fold.ts';
import { FAIL_MASK, NODE_STRIDE, OUTPUT, ScanAutomaton, type SignalPattern } from './scan-automaton.ts';
import { TableFold } from './table-fold.ts';

/** Signals carried by the scanner's patterns (a positive signal n is lexicon part n − 1). */
export const SIGNAL_DECISIVE = 0;
export const SIGNAL_STAFF_WORD = -1;
export const SIGNAL_LINE_KEYWORD = -2;
export const SIGNAL_CLAIM_WORD = -3;

const START_CODE = START.charCodeAt(0);
const END_CODE = END.charCodeAt(0);
const HIRAGANA_NO = 0x306e;
const LINE_ID_WINDOW = 6; // keyword, up to four other characters, an optional @, then the ID's first letter

/**
 * One pass over a comment that builds the match view exactly as normalise() does (table-driven),
 * runs one automaton over it for the model's n-grams and the lexicon and trigger patterns, and sums
 * the model's weights. Everything is written to reused buffers; `scan` returns false for a text it
 * cannot fold exactly (rare characters, reported input), which then takes the full pipeline.
 */
export class Scanner {
  private readonly units = new UnitCopy();
  private readonly quick = new QuickFold();
  private readonly table = new TableFold();
  private viewText = '';
  private viewComplete = false;
  readonly resolved = new CodeBuffer(512);
  /** The text without whitespace, as the noise detector compacts it. */
  compact = new Uint16Array(512);
  compactLength = 0;
  /** OR and AND of the table entries of every character. */
  anyFlags = 0;
  allFlags = 0;
  /** Where a dot in the light view is followed by a letter or digit (a link or file name may start). */
  readonly afterDots: number[] = [];
  /** The text holds characters the sanitiser reports (control characters, U+FFFD, lone surrogates). */
  reported = false;
  decisive = false;
  staffIntroduction = false;
  lineIdAfterKeyword = false;
  claimWord = false;
  readonly partsSeen: Uint8Array;
  readonly sums = new Int32Array(WEIGHT_STRIDE);
  readonly partsTouched: number[] = [];
  private readonly automaton: ScanAutomaton;
  /** Two rules' integer weights per float64 (see packWeights), eight lanes per n-gram. */
  private readonly weights: Float64Array;
  /** Per automaton state: the generation (scan) in which its n-gram chain was last counted. */
  private readonly stateStamp: Int32Array;
  /** The packed weight sums of the current scan. */
  private readonly lanes = new Float64Array(LANES);
  private generation = 0;
  /** Most distinct n-grams a packed lane can sum exactly (all of them, for the bundled model). */
  private readonly gramLimit: number;
  private readonly gramCount: number;
  private readonly gramsPerPosition: number;
  /** (state, end) pairs where n-grams or signals end, noted during the automaton pass. */
  private ends = new Int32Array(1024);
  private endsFound = 0;
  private readonly staffEnds: number[] = [];
  private readonly keywordEnds: number[] = [];

  /** `lexicon`: the lexicon's pattern texts, whose matches lexiconMatches() then lists. */
  constructor(
    patterns: readonly SignalPattern[],
    partCount: number,
    model: CompiledModel | null,
    lexicon: readonly string[] = [],
  ) {
    this.automaton = new ScanAutomaton(model?.grams ?? [], patterns, lexicon);
    this.weights = packWeights(model);
    this.gramLimit = exactGramLimit(model);
    this.gramCount = model?.grams.length ?? 0;
    this.gramsPerPosition = model ? model.model.ngram[1] - model.model.ngram[0] + 1 : 0;
    this.stateStamp = new Int32Array(this.automaton.gramOf.length);
    this.partsSeen = new Uint8Array(partCount);
  }

  /**
   * `reportedAllowed`: the text was sanitised already, control characters and U+FFFD may stay.
   * Most texts are folded by the quick pass, which writes only `resolved.codes`; `completeView`
   * then adds the offsets and katakana flags when the pipeline needs them.
   */
  scan(text: string, reportedAllowed = false): boolean {
    const n = text.length;
    const units = this.units.copy(text);
    if (this.compact.length < n) this.compact = new Uint16Array(n * 2);
    const quick = this.quick;
    this.viewText = text;
    this.reported = false;
    if (quick.run(units, n, this.resolved.reset().reserve(n), false, this.compact, this.afterDots)) {
      this.compactLength = quick.compactLength;
      this.anyFlags = quick.anyFlags;
      this.allFlags = quick.allFlags;
      this.viewComplete = false;
    } else {
      const table = this.table;
      const folded = table.run(units, n, this.compact, this.afterDots);
      this.reported = table.reported;
      if (!folded || (this.reported && !reportedAllowed)) return false;
      this.compactLength = table.compactLength;
      this.anyFlags = table.anyFlags;
      this.allFlags = table.allFlags;
      resolveInto(table.folded, this.resolved);
      this.viewComplete = true;
    }
    // Each position of the padded text ends at most one n-gram of each length.
    const distinctBound = this.gramsPerPosition * (this.resolved.length + 2);
    if (distinctBound > this.gramLimit && this.gramLimit < this.gramCount) return false;
    this.match();
    this.checkTriggerWindows();
    return true;
  }

  /** The match view with its offsets and katakana flags, for the pipeline (after a scan that returned true). */
  completeView(): void {
    if (this.viewComplete) return;
    // The quick pass took this text before, so it takes it again, now writing the offsets too.
    const n = this.viewText.length;
    const units = this.units.copy(this.viewText);
    this.quick.run(units, n, this.resolved.reset().reserve(n), true, this.compact, this.afterDots);
    this.viewComplete = true;
  }

  /** Pass 3: the automaton over the padded match view (START, the codes, END). */
  private match(): void {
    for (const p of this.partsTouched) this.partsSeen[p] = 0;
    this.partsTouched.length = 0;
    this.decisive = false;
    this.claimWord = false;
    this.staffEnds.length = 0;
    this.keywordEnds.length = 0;
    if (++this.generation === 0x7fffffff) {
      this.stateStamp.fill(0);
      this.generation = 1;
    }
    const { classOf, rootNext, nodes } = this.automaton;
    const codes = this.resolved.codes;
    const length = this.resolved.length;
    if (this.ends.length < 2 * length + 4) this.ends = new Int32Array(4 * length + 4);
    const ends = this.ends;
    // States where something ends are noted in the loop and handled after it, keeping it call-free.
    let found = 0;
    const start = classOf[START_CODE]!;
    let s = start === 0 ? 0 : this.next(0, start);
    if ((nodes[s * NODE_STRIDE + 2]! & OUTPUT) !== 0) {
      ends[found++] = s;
      ends[found++] = 0;
    }
    for (let k = 0; k < length; k++) {
      const c = classOf[codes[k]!]!;
      if (c === 0) {
        s = 0;
        continue;
      }
      // The step is written out here rather than calling next(): measurably faster in this loop.
      for (;;) {
        const t = nodes[s * NODE_STRIDE]! + c;
        if (nodes[t * NODE_STRIDE + 1] === s) {
          s = t;
          break;
        }
        const f = nodes[s * NODE_STRIDE + 2]! & FAIL_MASK;
        if (f === 0) {
          s = rootNext[c]!;
          break;
        }
        s = f;
      }
      if ((nodes[s * NODE_STRIDE + 2]! & OUTPUT) !== 0) {
        ends[found++] = s;
        ends[found++] = k + 1;
      }
    }
    const end = classOf[END_CODE]!;
    s = end === 0 ? 0 : this.next(s, end);
    if ((nodes[s * NODE_STRIDE + 2]! & OUTPUT) !== 0) {
      ends[found++] = s;
      ends[found++] = length + 1;
    }
    this.endsFound = found;
    this.addOutputs();
  }

  /** The n-grams and signals of the noted states; each n-gram's weights are added once per scan. */
  private addOutputs(): void {
    const { gramChain, gramNext, gramOf, signalled } = this.automaton;
    const { weights, stateStamp, generation, ends, endsFound } = this;
    // Eight packed sums (two rules each): locals keep the loop in registers.
    // biome-ignore format: eight sums
    let z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0;
    for (let f = 0; f < endsFound; f += 2) {
      const s = ends[f]!;
      // A stamped state was counted with its whole chain, so the walk stops there.
      for (let t = gramChain[s]!; t !== 0 && stateStamp[t] !== generation; t = gramNext[t]!) {
        stateStamp[t] = generation;
        const w = gramOf[t]! * LANES;
        z0 += weights[w]!;
        z1 += weights[w + 1]!;
        z2 += weights[w + 2]!;
        z3 += weights[w + 3]!;
        z4 += weights[w + 4]!;
        z5 += weights[w + 5]!;
        z6 += weights[w + 6]!;
        z7 += weights[w + 7]!;
      }
      if (signalled[s] === 1) this.signal(s, ends[f + 1]!);
    }
    const lanes = this.lanes;
    lanes[0] = z0;
    lanes[1] = z1;
    lanes[2] = z2;
    lanes[3] = z3;
    lanes[4] = z4;
    lanes[5] = z5;
    lanes[6] = z6;
    lanes[7] = z7;
    unpack(this.sums, lanes);
  }

  /**
   * The lexicon's matches in the match view of the last scan, as its own automaton's search() would
   * list them (by end, the longest first), before its boundary, script and idiom filters.
   */
  lexiconMatches(): AutomatonMatch[] {
    const { lexiconStart, lexiconIds, lexiconLengths } = this.automaton;
    const { ends, endsFound } = this;
    const found: AutomatonMatch[] = [];
    for (let f = 0; f < endsFound; f += 2) {
      const s = ends[f]!;
      const end = ends[f + 1]!;
      for (let k = lexiconStart[s]!; k < lexiconStart[s + 1]!; k++) {
        const pattern = lexiconIds[k]!;
        found.push({ pattern, start: end - lexiconLengths[pattern]!, end });
      }
    }
    return found;
  }

  private next(state: number, c: number): number {
    const { rootNext, nodes } = this.automaton;
    let s = state;
    for (;;) {
      const t = nodes[s * NODE_STRIDE]! + c;
      if (nodes[t * NODE_STRIDE + 1] === s) return t;
      s = nodes[s * NODE_STRIDE + 2]! & FAIL_MASK;
      if (s === 0) return rootNext[c]!;
    }
  }

  private signal(state: number, end: number): void {
    const { signalStart, signals } = this.automaton;
    for (let k = signalStart[state]!; k < signalStart[state + 1]!; k++) {
      const v = signals[k]!;
      if (v === SIGNAL_DECISIVE) this.decisive = true;
      else if (v > 0) {
        if (this.partsSeen[v - 1] === 0) {
          this.partsSeen[v - 1] = 1;
          this.partsTouched.push(v - 1);
        }
      } else if (v === SIGNAL_STAFF_WORD) this.staffEnds.push(end);
      else if (v === SIGNAL_LINE_KEYWORD) this.keywordEnds.push(end);
      else if (v === SIGNAL_CLAIM_WORD) this.claimWord = true;
    }
  }

  /** A staff word can start a self-introduction only before の or a kanji; a LINE keyword only before an ID. */
  private checkTriggerWindows(): void {
    const { codes, length } = this.resolved;
    this.staffIntroduction = this.staffEnds.some(
      (e) => e < length && (codes[e] === HIRAGANA_NO || (codes[e]! >= 0x4e00 && codes[e]! <= 0x9fa5)),
    );
    this.lineIdAfterKeyword = this.keywordEnds.some((e) => {
      for (let k = e; k < Math.min(length, e + LINE_ID_WINDOW); k++) {
        const c = codes[k]!;
        if ((c >= 0x61 && c <= 0x7a) || c === 0x40) return true;
      }
      return false;
    });
  }

  /** True when the compact text is one block repeated (the noise detector's copy-paste check). */
  compactIsRepetition(): boolean {
    return isRepetition(this.compact, this.compactLength);
  }
}
