import type { CompiledModel } from './classifier.ts';
import type { ModerationContext } from './context.ts';
import { DETECTORS } from './detectors/all.ts';
import { detectContacts } from './detectors/contacts.ts';
import { CLAIM_WORDS, detectFactContradiction } from './detectors/facts.ts';
import { detectHandles, LINE_KEYWORDS } from './detectors/handles.ts';
import { detectImpersonation, STAFF_WORDS } from './detectors/impersonation.ts';
import { detectNoise, detectShape, NOISE_LIMITS } from './detectors/noise.ts';
import { detectAlteredOfficialContent } from './detectors/official-content.ts';
import { detectTopic } from './detectors/topic.ts';
import { DANGEROUS_EXTENSIONS, detectUrls, URL_ENDINGS } from './detectors/urls.ts';
import type { Detector } from './features.ts';
import {
  DIGIT_OR_CONTACT,
  describeUnit,
  FLOOD_CHAR,
  KIND_SEPARATOR,
  KIND_SIMPLE,
  kindOf,
  LIGHT_AT,
  LIGHT_OUTPUT,
  MASH_CHAR,
  UNIT_TABLE,
  URL_INSIDE,
} from './fold-table.ts';
import type { IntList } from './int-list.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { normaliseTerm } from './normalise.ts';
import { OfficialGrams } from './official-grams.ts';
import type { CombinationRule } from './rules.ts';
import { buildScanAutomaton, type ScanAutomaton, type SignalPattern } from './scan-automaton.ts';
import {
  Scanner,
  SIGNAL_CLAIM_WORD,
  SIGNAL_DECISIVE,
  SIGNAL_LINE_KEYWORD,
  SIGNAL_STAFF_WORD,
} from './scanner.ts';
import { MODEL_ONLY_MIN, MODEL_WEIGHT } from './scoring.ts';

// Rule parts that come from detectors which run even on a quiet comment: the shape detector's
// `short` (six characters or fewer) and `desk-channel`, known here; the topic detector's
// `on-topic`, not computed here, so taken as present.
const SHORT = -1;
const DESK_CHANNEL = -2;
const MAYBE = -3;
const COMPUTED_PARTS = new Map([
  ['short', SHORT],
  ['desk-channel', DESK_CHANNEL],
  ['on-topic', MAYBE],
]);
const LINK_ENDING = new RegExp(`^(?:${[...URL_ENDINGS, ...DANGEROUS_EXTENSIONS].join('|')})`);
const LONGEST_ENDING = Math.max(...[...URL_ENDINGS, ...DANGEROUS_EXTENSIONS].map((e) => e.length));
// Margin on the logit so that rounding can never turn "below the threshold" into a label.
const LOGIT_MARGIN = 1e-9;

export type FastDecision =
  | { kind: 'allow' }
  | { kind: 'full' }
  | { kind: 'pipeline'; detectors: readonly Detector[] };

const ALLOW: FastDecision = { kind: 'allow' };
const FULL: FastDecision = { kind: 'full' };
function bitOf(detector: Detector): number {
  return 1 << DETECTORS.indexOf(detector);
}
/** Shape and topic run on every comment the pipeline sees; they are cheap and exact. */
const ALWAYS_AWAKE = bitOf(detectShape) | bitOf(detectTopic);
const NOISE = bitOf(detectNoise);
const IMPERSONATION = bitOf(detectImpersonation);
const CONTACTS = bitOf(detectContacts);
const FACTS = bitOf(detectFactContradiction);
const URLS = bitOf(detectUrls);
const HANDLES = bitOf(detectHandles);
const ALTERED = bitOf(detectAlteredOfficialContent);
const pipelines = new Map<number, FastDecision>();
/** The pipeline decision for a set of awake detectors (bit k: DETECTORS[k]), in the engine's order. */
function pipelineWith(awake: number): FastDecision {
  let decision = pipelines.get(awake);
  if (!decision) {
    decision = { kind: 'pipeline', detectors: DETECTORS.filter((_, k) => (awake & (1 << k)) !== 0) };
    pipelines.set(awake, decision);
  }
  return decision;
}

/** The lexicon groups that are parts of combination rules (and no rule of their own): part number + 1 by id. */
function ruleParts(lexicon: CompiledLexicon, rules: CombinationRule[]): Map<string, number> {
  const partOf = new Map<string, number>();
  for (const rule of rules)
    for (const name of rule.all) {
      const group = lexicon.groupById.get(name);
      if (group && !group.category && !partOf.has(name)) partOf.set(name, partOf.size + 1);
    }
  return partOf;
}

/**
 * The scanner's automaton: the model's n-grams, every lexicon pattern (with a signal when its group can
 * decide or is a rule's part), and the detectors' trigger words.
 */
export function buildFastPathAutomaton(
  lexicon: CompiledLexicon,
  rules: CombinationRule[],
  model: CompiledModel | null,
): ScanAutomaton {
  const partOf = ruleParts(lexicon, rules);
  const patterns: SignalPattern[] = [];
  for (const { text, group } of lexicon.patternEntries()) {
    if (group.category || group.id === 'distress') patterns.push({ text, signal: SIGNAL_DECISIVE });
    else if (partOf.has(group.id)) patterns.push({ text, signal: partOf.get(group.id)! });
  }
  const triggers: Array<[string[], number]> = [
    [STAFF_WORDS, SIGNAL_STAFF_WORD],
    [LINE_KEYWORDS, SIGNAL_LINE_KEYWORD],
    [CLAIM_WORDS, SIGNAL_CLAIM_WORD],
  ];
  for (const [words, signal] of triggers)
    for (const w of words) patterns.push({ text: normaliseTerm(w), signal });
  return buildScanAutomaton(model?.grams ?? [], patterns, lexicon.patternTexts());
}

/**
 * Decides from one scan what the full pipeline would need. `allow`: no lexicon group that can
 * fire, no rule whose parts are all present, every detector provably silent and the model below
 * the review threshold in every category, so the verdict can only be an empty allow. `pipeline`:
 * run the pipeline on the scanner's view and model sums, with only the detectors that may fire.
 * `full`: the scanner cannot fold this text exactly.
 */
export class FastPath {
  readonly scanner: Scanner;
  /** Per combination rule that can fire on a quiet comment: its lexicon part indices (or a computed part). */
  private readonly lexicalRules: number[][] = [];
  /** Per lexicon part: the rules of lexicalRules whose first lexicon part it is (they need it seen). */
  private readonly rulesByFirstPart: number[][][];
  /** The rules of lexicalRules made of computed parts only, which need no part seen. */
  private readonly partlessRules: number[][];
  private readonly model: CompiledModel | null;
  private lastReview = Number.NaN;
  private logitLimit = 0;

  /** `automaton`: what buildFastPathAutomaton makes of the same lexicon, rules and model (a table file's copy). */
  constructor(
    lexicon: CompiledLexicon,
    rules: CombinationRule[],
    model: CompiledModel | null,
    automaton: ScanAutomaton = buildFastPathAutomaton(lexicon, rules, model),
  ) {
    this.model = model;
    const partOf = ruleParts(lexicon, rules);
    // Any other part comes from a detector that is asleep on a quiet comment: such a rule cannot fire.
    for (const rule of rules)
      if (rule.all.every((name) => COMPUTED_PARTS.has(name) || partOf.has(name)))
        this.lexicalRules.push(rule.all.map((name) => COMPUTED_PARTS.get(name) ?? partOf.get(name)! - 1));
    this.rulesByFirstPart = Array.from({ length: partOf.size }, (): number[][] => []);
    this.partlessRules = [];
    for (const parts of this.lexicalRules) {
      const first = parts.find((p) => p >= 0);
      if (first === undefined) this.partlessRules.push(parts);
      else this.rulesByFirstPart[first]!.push(parts);
    }
    this.scanner = new Scanner(automaton, partOf.size, model);
  }

  /**
   * `sanitised`: the text came from sanitiseInput after the scanner reported characters the
   * sanitiser complains about; its verdict carries errors, so it is never the shared allow.
   */
  decide(text: string, context: ModerationContext, sanitised = false): FastDecision {
    const scan = this.scanner;
    // The kernel counts the view's 3-grams found in the tenant's official posts as it scans (SNS-DELETE-13).
    const posts = context.officialPosts.length > 0 ? OfficialGrams.of(context.officialPosts) : null;
    scan.useNearBits(posts === null ? null : posts.bits);
    if (!scan.scan(text, sanitised)) return FULL;
    const any = scan.anyFlags;
    let awake = ALWAYS_AWAKE;
    if (scan.staffIntroduction) awake |= IMPERSONATION;
    if ((any & DIGIT_OR_CONTACT) !== 0) awake |= CONTACTS | FACTS;
    if ((any & URL_INSIDE) !== 0 || linkMayFollowADot(text, scan.afterDots)) awake |= URLS;
    if ((any & LIGHT_AT) !== 0 || scan.lineIdAfterKeyword) awake |= HANDLES;
    if (posts?.mayBeNearCopy(scan.nearHits, scan.viewCodeBuffer, scan.viewLength)) awake |= ALTERED;
    if (scan.claimWord && (context.facts.free === true || context.facts.noClosureAnnounced === true))
      awake |= FACTS;
    if (this.noiseMayFire(text)) awake |= NOISE;
    const quiet =
      !sanitised &&
      awake === ALWAYS_AWAKE &&
      !scan.decisive &&
      !this.ruleMayFire(text, context) &&
      this.modelQuiet(context.thresholds.review);
    if (quiet) return ALLOW;
    scan.completeView();
    return pipelineWith(awake);
  }

  /** A combination rule whose parts are all lexicon groups (or computed parts) has all of them present. */
  private ruleMayFire(text: string, context: ModerationContext): boolean {
    const scan = this.scanner;
    if (this.partlessRules.length === 0 && scan.partsTouched.length === 0) return false;
    const short = text.length <= NOISE_LIMITS.maxText && scan.compactLength <= NOISE_LIMITS.short;
    const desk = context.channel !== 'public-comment';
    // Indexed loops: for-of allocates an iterator per loop until the JIT has compiled this.
    for (let r = 0; r < this.partlessRules.length; r++)
      if (this.allPresent(this.partlessRules[r]!, short, desk)) return true;
    for (let k = 0; k < scan.partsTouched.length; k++) {
      const rules = this.rulesByFirstPart[scan.partsTouched.at(k)]!;
      for (let r = 0; r < rules.length; r++) if (this.allPresent(rules[r]!, short, desk)) return true;
    }
    return false;
  }

  private allPresent(parts: number[], short: boolean, desk: boolean): boolean {
    const seen = this.scanner.partsSeen;
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      if (!(p >= 0 ? seen[p] === 1 : p === SHORT ? short : p === DESK_CHANNEL ? desk : true)) return false;
    }
    return true;
  }

  /** The conditions under which detectNoise adds `noise` (it is exact there; this only says "maybe"). */
  private noiseMayFire(text: string): boolean {
    const scan = this.scanner;
    const n = scan.compactLength;
    if (text.length > NOISE_LIMITS.maxText || n === 0) return false;
    if (n >= NOISE_LIMITS.short && scan.viewLength <= 2) return true;
    if (n <= NOISE_LIMITS.emojiFloodMax && (scan.allFlags & FLOOD_CHAR) !== 0) return true;
    if (n <= NOISE_LIMITS.mashMax && (scan.allFlags & MASH_CHAR) !== 0) return true;
    return n >= NOISE_LIMITS.repetitionMin && n <= NOISE_LIMITS.repetitionMax && scan.compactIsRepetition();
  }

  /**
   * No category can reach the review threshold from the model alone (no rule hit adds to it here), nor
   * the probability a label with no rule behind it needs.
   */
  private modelQuiet(review: number): boolean {
    if (!(review > 0)) return false; // every rule reaches a threshold of 0, hits or not
    const model = this.model;
    if (!model) return true;
    if (review !== this.lastReview) {
      const p = Math.max(review / MODEL_WEIGHT, MODEL_ONLY_MIN);
      this.logitLimit =
        p >= 1 ? Number.POSITIVE_INFINITY : p <= 0 ? Number.NEGATIVE_INFINITY : Math.log(p / (1 - p));
      this.lastReview = review;
    }
    return !model.anyLogitReaches(
      this.scanner.sums,
      this.scanner.viewLength + 2,
      this.logitLimit - LOGIT_MARGIN,
    );
  }
}

function linkMayFollowADot(text: string, afterDots: IntList): boolean {
  for (let k = 0; k < afterDots.length; k++) if (linkMayEndAt(text, afterDots.at(k))) return true;
  return false;
}

/**
 * Whether the letters after a dot may be a top-level domain or a dangerous file extension (what the
 * URL detector's patterns need after their dot). Characters the table folds to one ASCII letter or
 * digit are read as the light view reads them; anything unusual answers "maybe".
 */
function linkMayEndAt(text: string, from: number): boolean {
  let letters = '';
  for (let i = from; i < text.length && letters.length < LONGEST_ENDING; i++) {
    const c = text.charCodeAt(i);
    const e = UNIT_TABLE[c] || describeUnit(c);
    if ((e & LIGHT_OUTPUT) === 0) continue; // invisible and control characters are not in the light view
    const kind = kindOf(e);
    if (kind === KIND_SEPARATOR) break;
    if (kind !== KIND_SIMPLE) return true;
    const code = e & 0xffff;
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) break;
    letters += String.fromCharCode(code);
  }
  return LINK_ENDING.test(letters);
}
