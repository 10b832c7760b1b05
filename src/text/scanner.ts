import { isKana } from './char-tables.ts';
import { type CompiledModel, END, START, WEIGHT_STRIDE } from './classifier.ts';
import { CodeBuffer, UnitCopy } from './code-buffer.ts';
import { isRepetition } from './detectors/noise.ts';
import {
  describeCodePoint,
  describeHalfWidthWithMark,
  describeUnit,
  HALF_WIDTH_BASE,
  KATAKANA,
  KIND_DROP,
  KIND_HIGH_SURROGATE,
  KIND_LONG_VOWEL,
  KIND_PAIR,
  KIND_SEPARATOR,
  KIND_SIMPLE,
  LIGHT_ENDS_WITH_DOT,
  LIGHT_OUTPUT,
  LIGHT_STARTS_ALNUM,
  REPORTED,
  UNIT_TABLE,
  WHITESPACE,
} from './fold-table.ts';
import { resolveInto, SEP } from './normalise.ts';
import { exactGramLimit, packWeights, unpack } from './packed-weights.ts';
import { QuickFold } from './quick-fold.ts';
import { ScanAutomaton, type SignalPattern } from './scan-automaton.ts';

/** Signals carried by the scanner's patterns (a positive signal n is lexicon part n − 1). */
export const SIGNAL_DECISIVE = 0;
export const SIGNAL_STAFF_WORD = -1;
export const SIGNAL_LINE_KEYWORD = -2;
export const SIGNAL_CLAIM_WORD = -3;

const KATAKANA_BIT = Math.log2(KATAKANA);
// A table entry of one folded unit that needs no other care: not half-width, not whitespace, not
// reported, with light output that does not end in a dot.
const PLAIN_MASK = (7 << 16) | HALF_WIDTH_BASE | LIGHT_OUTPUT | LIGHT_ENDS_WITH_DOT | WHITESPACE | REPORTED;
const PLAIN_ENTRY = (KIND_SIMPLE << 16) | LIGHT_OUTPUT;
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
  private viewText = '';
  private viewComplete = false;
  readonly folded = new CodeBuffer(512);
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
  private generation = 0;
  /** Most distinct n-grams a packed lane can sum exactly (all of them, for the bundled model). */
  private readonly gramLimit: number;
  private readonly gramCount: number;
  private readonly gramsPerPosition: number;
  private readonly staffEnds: number[] = [];
  private readonly keywordEnds: number[] = [];

  constructor(patterns: readonly SignalPattern[], partCount: number, model: CompiledModel | null) {
    this.automaton = new ScanAutomaton(model?.grams ?? [], patterns);
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
    if (quick.run(units, n, this.resolved.reset().reserve(n).codes, this.compact, this.afterDots)) {
      this.resolved.length = quick.length;
      this.compactLength = quick.compactLength;
      this.anyFlags = quick.anyFlags;
      this.allFlags = quick.allFlags;
      this.viewComplete = false;
    } else {
      if (!this.fold(units, n)) return false;
      if (this.reported && !reportedAllowed) return false;
      resolveInto(this.folded, this.resolved);
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
    this.fold(this.units.copy(this.viewText), this.viewText.length);
    resolveInto(this.folded, this.resolved);
    this.viewComplete = true;
  }

  /** Pass 1: the normaliser's first pass, one table look-up per character, into preallocated arrays. */
  private fold(text: Uint16Array, n: number): boolean {
    const folded = this.folded.reset().reserve(n);
    const { codes, starts, ends, kata } = folded;
    const compact = this.compact;
    const table = UNIT_TABLE;
    this.reported = false;
    let length = 0;
    let compactLength = 0;
    let any = 0;
    let all = -1;
    let lastDot = false;
    this.afterDots.length = 0;
    for (let i = 0; i < n; i++) {
      const start = i;
      const c = text[i]!;
      let e = table[c]!;
      if (e === 0) e = describeUnit(c);
      if ((e & PLAIN_MASK) === PLAIN_ENTRY && !lastDot) {
        // The common case: one unit in, one unit out, nothing else to note.
        any |= e;
        all &= e;
        compact[compactLength++] = c;
        codes[length] = e & 0xffff;
        starts[length] = i;
        ends[length] = i + 1;
        kata[length++] = (e >>> KATAKANA_BIT) & 1;
        continue;
      }
      let kind = (e >>> 16) & 7;
      if ((e & HALF_WIDTH_BASE) !== 0) {
        const next = i + 1 < n ? text[i + 1]! : 0;
        if (next === 0xff9e || next === 0xff9f) {
          e = describeHalfWidthWithMark(c, next);
          kind = (e >>> 16) & 7;
          compact[compactLength++] = c;
          i++;
        }
      } else if (kind === KIND_HIGH_SURROGATE) {
        const low = i + 1 < n ? text[i + 1]! : 0;
        if (!(low >= 0xdc00 && low <= 0xdfff)) {
          this.reported = true;
          return false;
        }
        e = describeCodePoint(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        kind = (e >>> 16) & 7;
        compact[compactLength++] = c;
        i++;
      }
      any |= e;
      all &= e;
      if ((e & LIGHT_OUTPUT) !== 0) {
        if (lastDot && (e & LIGHT_STARTS_ALNUM) !== 0) this.afterDots.push(start);
        lastDot = (e & LIGHT_ENDS_WITH_DOT) !== 0;
      }
      // The last unit of the chunk (the earlier one of a two-unit chunk was stored above).
      if ((e & WHITESPACE) === 0) compact[compactLength++] = text[i]!;
      if (kind === KIND_SIMPLE) {
        codes[length] = e & 0xffff;
        starts[length] = start;
        ends[length] = i + 1;
        kata[length++] = (e >>> KATAKANA_BIT) & 1;
      } else if (kind === KIND_SEPARATOR || kind === KIND_LONG_VOWEL) {
        // A long vowel after a kana is dropped (ばーか → ばか); elsewhere it separates like any other.
        if (kind === KIND_LONG_VOWEL && length > 0 && codes[length - 1] !== SEP && isKana(codes[length - 1]!))
          continue;
        codes[length] = SEP;
        starts[length] = start;
        ends[length] = i + 1;
        kata[length++] = 0;
      } else if (kind === KIND_PAIR) {
        for (let k = start; k <= i; k++) {
          codes[length] = text[k]!;
          starts[length] = start;
          ends[length] = i + 1;
          kata[length++] = 0;
        }
      } else if (kind !== KIND_DROP) {
        this.reported = (e & REPORTED) !== 0;
        return false;
      }
    }
    folded.length = length;
    this.compactLength = compactLength;
    this.anyFlags = any;
    this.allFlags = all;
    this.reported = (any & REPORTED) !== 0;
    return true;
  }

  /** Pass 3: the automaton over the padded match view, n-gram weights summed once per n-gram. */
  private match(): void {
    const { classOf, rootNext, base, check, fail, gramChain, gramNext, gramOf, signalled } = this.automaton;
    const { weights, stateStamp } = this;
    for (const p of this.partsTouched) this.partsSeen[p] = 0;
    this.partsTouched.length = 0;
    this.decisive = false;
    this.claimWord = false;
    this.staffEnds.length = 0;
    this.keywordEnds.length = 0;
    if (++this.generation === 0x7fffffff) {
      stateStamp.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    const codes = this.resolved.codes;
    const length = this.resolved.length;
    // Eight packed sums (two rules each): locals keep the hot loop in registers.
    // biome-ignore format: eight sums
    let z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0;
    let s = 0;
    for (let k = -1; k <= length; k++) {
      const c = classOf[k < 0 ? START_CODE : k === length ? END_CODE : codes[k]!]!;
      if (c === 0) {
        s = 0;
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
      // A stamped state was counted with its whole chain, so the walk stops there.
      for (let t = gramChain[s]!; t !== 0 && stateStamp[t] !== generation; t = gramNext[t]!) {
        stateStamp[t] = generation;
        const w = gramOf[t]! << 3;
        z0 += weights[w]!;
        z1 += weights[w | 1]!;
        z2 += weights[w | 2]!;
        z3 += weights[w | 3]!;
        z4 += weights[w | 4]!;
        z5 += weights[w | 5]!;
        z6 += weights[w | 6]!;
        z7 += weights[w | 7]!;
      }
      if (signalled[s] === 1) this.signal(s, k + 1);
    }
    unpack(this.sums, [z0, z1, z2, z3, z4, z5, z6, z7]);
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
