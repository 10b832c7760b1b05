import type { CompiledModel } from './classifier.ts';
import { CodeBuffer, UnitCopy, viewOf, viewOver } from './code-buffer.ts';
import { isRepetition } from './detectors/noise.ts';
import { REPORTED } from './fold-table.ts';
import { IntList } from './int-list.ts';
import { FOLD_REPORTED, KERNEL, ScanKernel } from './kernel/scan-kernel.ts';
import { type Normalised, resolveInto } from './normalise.ts';
import { exactGramLimit, packWeights } from './packed-weights.ts';
import type { ScanAutomaton } from './scan-automaton.ts';
import { TableFold } from './table-fold.ts';

/** Signals carried by the scanner's patterns (a positive signal n is lexicon part n − 1). */
export const SIGNAL_DECISIVE = 0;
export const SIGNAL_STAFF_WORD = -1;
export const SIGNAL_LINE_KEYWORD = -2;
export const SIGNAL_CLAIM_WORD = -3;

const HIRAGANA_NO = 0x306e;
const LINE_ID_WINDOW = 6; // keyword, up to four other characters, an optional @, then the ID's first letter

/**
 * One pass over a comment that builds the match view exactly as normalise() does (table-driven),
 * runs one automaton over it for the model's n-grams and the lexicon and trigger patterns, and sums
 * the model's weights: in the WebAssembly kernel (kernel/scan-kernel.ts), or through the table fold
 * for texts the kernel declines. Everything is written to reused buffers; `scan` returns false for a
 * text it cannot fold exactly (rare characters, reported input), which then takes the full pipeline.
 */
export class Scanner {
  private readonly units = new UnitCopy();
  private readonly table = new TableFold();
  private viewText = '';
  private viewReportedAllowed = false;
  private viewComplete = false;
  /** The kernel's quick fold took the last text: its view and compact text are in the kernel, not in `resolved` and `compact`. */
  private foldedByKernel = false;
  /** The match view's length after a scan. */
  viewLength = 0;
  /** The match view with offsets and katakana flags of a text the table fold took. */
  readonly resolved = new CodeBuffer(512);
  /** The text without whitespace, as the noise detector compacts it (the kernel's, after its fold). */
  private compact = new Uint16Array(512);
  compactLength = 0;
  /** OR and AND of the table entries of every character. */
  anyFlags = 0;
  allFlags = 0;
  /** Where a dot in the light view is followed by a letter or digit (a link or file name may start). */
  readonly afterDots = new IntList();
  /** The text holds characters the sanitiser reports (control characters, U+FFFD, lone surrogates). */
  reported = false;
  decisive = false;
  staffIntroduction = false;
  lineIdAfterKeyword = false;
  claimWord = false;
  readonly partsSeen: Uint8Array;
  readonly partsTouched = new IntList();
  private readonly automaton: ScanAutomaton;
  private readonly kernel: ScanKernel;
  /** Most distinct n-grams a packed lane can sum exactly (all of them, for the bundled model). */
  private readonly gramLimit: number;
  private readonly gramCount: number;
  private readonly gramsPerPosition: number;
  private readonly staffEnds = new IntList();
  private readonly keywordEnds = new IntList();
  private readonly lexiconFound = new IntList(64);

  /** `automaton`: the model's n-grams, the lexicon's patterns (whose matches lexiconMatches() lists) and the signals. */
  constructor(automaton: ScanAutomaton, partCount: number, model: CompiledModel | null) {
    this.automaton = automaton;
    this.kernel = new ScanKernel(this.automaton, packWeights(model));
    this.gramLimit = exactGramLimit(model);
    this.gramCount = model?.grams.length ?? 0;
    this.gramsPerPosition = model ? model.ngram[1]! - model.ngram[0]! + 1 : 0;
    this.partsSeen = new Uint8Array(partCount);
  }

  /**
   * `reportedAllowed`: the text was sanitised already, control characters and U+FFFD may stay.
   * Most texts are folded by the kernel's quick fold, which leaves the view's codes in the kernel;
   * `completeView` then has it write the offsets and katakana flags too, when the pipeline needs them.
   */
  scan(text: string, reportedAllowed = false): boolean {
    const n = text.length;
    const kernel = this.kernel;
    this.viewText = text;
    this.viewReportedAllowed = reportedAllowed;
    this.reported = false;
    const length = kernel.fold(text, false, reportedAllowed);
    if (length === FOLD_REPORTED) {
      this.reported = true;
      return false;
    }
    if (length >= 0) {
      // The view stays in the kernel: a quiet comment needs only its length.
      this.viewLength = length;
      this.takeFoldResults();
      this.reported = (this.anyFlags & REPORTED) !== 0;
      this.foldedByKernel = true;
      this.viewComplete = false;
    } else {
      const table = this.table;
      if (this.compact.length < n) this.compact = new Uint16Array(n * 2);
      const folded = table.run(this.units.copy(text), n, this.compact, this.afterDots);
      this.reported = table.reported;
      if (!folded || (this.reported && !reportedAllowed)) return false;
      this.compactLength = table.compactLength;
      this.anyFlags = table.anyFlags;
      this.allFlags = table.allFlags;
      resolveInto(table.folded, this.resolved);
      this.viewLength = this.resolved.length;
      this.foldedByKernel = false;
      if (this.viewLength > kernel.capacity) return false;
      kernel.codes.set(this.resolved.codes.subarray(0, this.viewLength));
      kernel.match(this.viewLength);
      this.viewComplete = true;
    }
    // Each position of the padded text ends at most one n-gram of each length.
    const distinctBound = this.gramsPerPosition * (this.viewLength + 2);
    if (distinctBound > this.gramLimit && this.gramLimit < this.gramCount) return false;
    this.takeSignals();
    this.checkTriggerWindows();
    return true;
  }

  /** The compact text, flags and dots of the kernel's last fold. */
  private takeFoldResults(): void {
    const { header, dots } = this.kernel;
    this.compactLength = header[KERNEL.H_COMPACT_LENGTH]!;
    this.anyFlags = header[KERNEL.H_ANY]!;
    this.allFlags = header[KERNEL.H_ALL]!;
    const afterDots = this.afterDots;
    afterDots.clear();
    for (let k = 0; k < header[KERNEL.H_DOTS]!; k++) afterDots.push(dots[k]!);
  }

  /** Has the offsets and katakana flags of the match view written, for the pipeline (after a scan that returned true). */
  completeView(): void {
    if (this.viewComplete) return;
    // The quick fold took this text before, so it takes it again, now writing the offsets too.
    const length = this.kernel.fold(this.viewText, true, this.viewReportedAllowed);
    if (length !== this.viewLength)
      throw new Error('scan kernel: the offsets fold differs from the quick fold');
    this.viewComplete = true;
  }

  /** The match view of the last scan, after completeView: over the scanner's buffers, valid until the next scan. */
  view(): Normalised {
    if (!this.foldedByKernel) return viewOf(this.resolved);
    const { codes, starts, ends, kata } = this.kernel;
    return viewOver(codes, starts, ends, kata, this.viewLength);
  }

  /** The signals of the states where the kernel's automaton pass found something ending. */
  private takeSignals(): void {
    const touched = this.partsTouched;
    for (let k = 0; k < touched.length; k++) this.partsSeen[touched.at(k)] = 0;
    touched.clear();
    this.decisive = false;
    this.claimWord = false;
    this.staffEnds.clear();
    this.keywordEnds.clear();
    const { signals, header } = this.kernel;
    for (let f = 0; f < header[KERNEL.H_SIGNALS]!; f += 2) this.signal(signals[f]!, signals[f + 1]!);
  }

  /** The model's weight sum per rule (in the order of RULE_IDS) over the n-grams of the last scan. */
  get sums(): Int32Array {
    return this.kernel.sums;
  }

  /**
   * The lexicon's matches in the match view of the last scan, as its own automaton's search() would
   * list them (by end, the longest first), before its boundary, script and idiom filters: (pattern,
   * start, end) triples in a list reused by the next call.
   */
  lexiconMatches(): IntList {
    const { lexiconStart, lexiconIds, lexiconLengths } = this.automaton;
    const ends = this.kernel.found;
    const endsFound = this.kernel.foundLength;
    const found = this.lexiconFound;
    found.clear();
    for (let f = 0; f < endsFound; f += 2) {
      const s = ends[f]!;
      const end = ends[f + 1]!;
      for (let k = lexiconStart[s]!; k < lexiconStart[s + 1]!; k++) {
        const pattern = lexiconIds[k]!;
        found.push(pattern);
        found.push(end - lexiconLengths[pattern]!);
        found.push(end);
      }
    }
    return found;
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
    const codes = this.kernel.codes;
    const length = this.viewLength;
    this.staffIntroduction = false;
    for (let k = 0; k < this.staffEnds.length && !this.staffIntroduction; k++) {
      const e = this.staffEnds.at(k);
      this.staffIntroduction =
        e < length && (codes[e] === HIRAGANA_NO || (codes[e]! >= 0x4e00 && codes[e]! <= 0x9fa5));
    }
    this.lineIdAfterKeyword = false;
    for (let k = 0; k < this.keywordEnds.length && !this.lineIdAfterKeyword; k++) {
      const e = this.keywordEnds.at(k);
      for (let j = e; j < Math.min(length, e + LINE_ID_WINDOW); j++) {
        const c = codes[j]!;
        if ((c >= 0x61 && c <= 0x7a) || c === 0x40) {
          this.lineIdAfterKeyword = true;
          break;
        }
      }
    }
  }

  /** The bit set of a tenant's official posts' 3-grams the next scans count (ScanKernel.useNearBits). */
  useNearBits(bits: Uint32Array | null): void {
    this.kernel.useNearBits(bits);
  }

  /** The view's 3-grams found in that bit set, repeats counted again, after a scan that returned true. */
  get nearHits(): number {
    return this.kernel.nearHits;
  }

  /** The buffer whose first viewLength codes are the match view after a scan (valid until the next scan). */
  get viewCodeBuffer(): Uint16Array {
    return this.kernel.codes;
  }

  /** The match view's codes after a scan (the kernel's; valid until the next scan). */
  viewCodes(): Uint16Array {
    return this.kernel.codes.subarray(0, this.viewLength);
  }

  /** True when the compact text is one block repeated (the noise detector's copy-paste check). */
  compactIsRepetition(): boolean {
    return isRepetition(this.foldedByKernel ? this.kernel.compact : this.compact, this.compactLength);
  }
}
