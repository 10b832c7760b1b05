import { CompiledModel, type LearnedModel, loadBundledModel } from './classifier.ts';
import { defaultContext, type ModerationContext, type TenantTerm } from './context.ts';
import { DETECTORS } from './detectors/all.ts';
import { type EngineParts, loadEngineTables } from './engine-tables.ts';
import { FastPath } from './fast-path.ts';
import { CommentInput, type Detector, FeatureSet } from './features.ts';
import { CompiledLexicon, type LexiconFile, loadLexiconFiles } from './lexicon.ts';
import { type Normalised, normalise } from './normalise.ts';
import { evidenceGroups, reportedQuotes } from './reported-speech.ts';
import { type CombinationRule, evaluateRules, loadRuleFile } from './rules.ts';
import { type SanitisedInput, sanitiseInput } from './sanitise.ts';
import type { Scanner } from './scanner.ts';
import { decideLabels, modelDampers } from './scoring.ts';
import { Sentences } from './sentences.ts';
import type { Verdict } from './verdict.ts';
import { warmUp } from './warm-up.ts';

export interface ModerationInput {
  text: string;
  context?: ModerationContext;
  authorName?: string;
  authorHandle?: string;
}

export interface EngineOptions {
  /** Extra lexicon files (e.g. a deployment's own), added to the bundled ones. */
  lexicons?: LexiconFile[];
  /** The learned component; `null` runs the rules alone. Defaults to the bundled model. */
  model?: LearnedModel | null;
  /** Longer texts are cut and flagged `truncated`. */
  maxLength?: number;
  /**
   * Decide ordinary comments with the one-pass scanner (default). `false` runs every comment through
   * the full pipeline; the verdicts are the same, which the tests check.
   */
  fastPath?: boolean;
  /**
   * Read the compiled lexicons, model and fast-path automaton from engine-tables.bin (default) when the
   * file is current and the lexicons and model are the bundled ones. `false` compiles them at load, as
   * a stale or missing file does (~1.3 s more; decision 0008).
   */
  prebuilt?: boolean;
  /**
   * Moderate the first 1,000 of the project's training sentences twice at load (default), so that V8
   * has compiled the pipeline before the first real comment; costs ~0.2–0.4 s, most of the load now
   * (docs/perf.md, ninth session). `false` for short-lived tools.
   */
  warmUp?: boolean;
}

export interface ModerationEngine {
  moderate(input: ModerationInput): Verdict;
  readonly rulesVersion: string;
  readonly stats: { terms: number; automatonStates: number };
}

let warnedStale = false;

/** The bundled engine's compiled parts from engine-tables.bin; null, with a warning once, when it is stale or missing. */
function loadPrebuilt(files: LexiconFile[]): EngineParts | null {
  const parts = loadEngineTables(files);
  if (parts === null && !warnedStale) {
    warnedStale = true;
    process.emitWarning(
      'src/text/engine-tables.bin is missing or older than the lexicons or model: the engine compiles them at ' +
        'load (~1.3 s); npm run build:engine-tables writes it again',
    );
  }
  return parts;
}

/** Loads (or compiles) the lexicons, rules and model once; `moderate` is then pure and synchronous. */
export function createModerationEngine(options: EngineOptions = {}): ModerationEngine {
  const bundled = (options.lexicons ?? []).length === 0 && options.model === undefined;
  const files = [...loadLexiconFiles(), ...(options.lexicons ?? [])];
  const prebuilt = bundled && options.prebuilt !== false ? loadPrebuilt(files) : null;
  const lexicon = prebuilt?.lexicon ?? new CompiledLexicon(files);
  const ruleFile = loadRuleFile();
  const rules: CombinationRule[] = ruleFile.rules;
  const dampers = modelDampers(rules);
  const evidence = evidenceGroups(lexicon.groups, rules);
  const learned = prebuilt ? null : options.model === undefined ? loadBundledModel() : options.model;
  const model = prebuilt ? prebuilt.model : learned ? new CompiledModel(learned) : null;
  const maxLength = options.maxLength ?? 10_000;
  const fallbackContext = defaultContext();
  const tenantLexicons = new WeakMap<TenantTerm[], CompiledLexicon>();

  function tenantLexicon(context: ModerationContext): CompiledLexicon | undefined {
    if (context.extraTerms.length === 0) return undefined;
    let compiled = tenantLexicons.get(context.extraTerms);
    if (!compiled) {
      compiled = new CompiledLexicon([
        {
          name: `tenant:${context.tenantId}`,
          source: 'tenant configuration',
          groups: context.extraTerms.map((t, k) => ({
            id: `tenant-term-${k}`,
            category: t.ruleId,
            weight: t.weight ?? 0.85,
            terms: [t.term],
            mask: true,
          })),
        },
      ]);
      tenantLexicons.set(context.extraTerms, compiled);
    }
    return compiled;
  }

  const fast = options.fastPath === false ? null : new FastPath(lexicon, rules, model, prebuilt?.scan);
  const allowVerdicts = new WeakMap<ModerationContext, Verdict>();

  /** The verdict of a comment with nothing to report, shared and frozen, one per context. */
  function allowVerdict(context: ModerationContext): Verdict {
    let verdict = allowVerdicts.get(context);
    if (verdict?.policyVersion !== context.policyVersion) {
      verdict = Object.freeze({
        labels: Object.freeze([]) as unknown as Verdict['labels'],
        action: 'allow',
        policyVersion: context.policyVersion,
        rulesVersion: ruleFile.version,
        truncated: false,
        care: false,
        errors: Object.freeze([]) as unknown as string[],
      });
      allowVerdicts.set(context, verdict);
    }
    return verdict;
  }

  function moderate(input: ModerationInput): Verdict {
    const context = input.context ?? fallbackContext;
    const text = input.text;
    const plain =
      typeof text === 'string' &&
      text.length > 0 &&
      text.length <= maxLength &&
      input.authorName === undefined &&
      input.authorHandle === undefined &&
      context.extraTerms.length === 0;
    if (fast && plain) {
      let sanitised: SanitisedInput | undefined;
      let decision = fast.decide(text, context);
      if (decision.kind === 'full' && fast.scanner.reported) {
        // Control characters or broken UTF-16: the sanitised text, with its errors, scans like any other.
        sanitised = sanitiseInput(text, maxLength);
        decision = fast.decide(sanitised.text, context, true);
      }
      if (decision.kind === 'allow') return allowVerdict(context);
      if (decision.kind === 'pipeline') {
        const { sums, viewLength } = fast.scanner;
        const probabilities = model?.probabilities(sums, viewLength + 2);
        // The view is over the scanner's buffers: judge() is done with it before the next scan.
        sanitised ??= { text, truncated: false, errors: [] };
        const view = fast.scanner.view();
        return judge(sanitised, input, context, view, probabilities, decision.detectors, fast.scanner);
      }
    }
    return moderateFully(input);
  }

  /** The reference pipeline: every stage on every comment. */
  function moderateFully(input: ModerationInput): Verdict {
    const context = input.context ?? fallbackContext;
    const sanitised = sanitiseInput(input.text, maxLength);
    const match = normalise(sanitised.text, 'match');
    const probabilities = model && sanitised.text.length > 0 ? model.predict(match.text) : undefined;
    return judge(sanitised, input, context, match, probabilities, DETECTORS);
  }

  /**
   * Lexicon, detectors, rules and scoring on a normalised comment. `scan`: the scanner whose last scan
   * built `match`, which found the lexicon's matches too.
   */
  function judge(
    { text, truncated, errors }: SanitisedInput,
    input: ModerationInput,
    context: ModerationContext,
    match: Normalised,
    probabilities: Float64Array | undefined,
    detectors: readonly Detector[],
    scan?: Scanner,
  ): Verdict {
    const tenant = tenantLexicon(context);
    const features = new FeatureSet();
    const quotes = reportedQuotes(text);
    const reported = quotes.length > 0 ? { quotes, evidence } : undefined;
    lexicon.addMatches(features, match, text, scan?.lexiconMatches(), reported);
    tenant?.addMatches(features, match, text);
    const detectorInput = new CommentInput(text, match, context, input.authorName, input.authorHandle);
    for (let d = 0; d < detectors.length; d++) detectors[d]!(detectorInput, features);
    const groups = tenant ? new Map([...lexicon.groupById, ...tenant.groupById]) : lexicon.groupById;
    const hits = evaluateRules(features, groups, rules, new Sentences(text));
    const labels = decideLabels({ hits, learned: probabilities, features, context, text, dampers });
    const care = features.has('distress') && !labels.some((l) => l.ruleId === 'SNS-DELETE-07');
    const top = labels[0];
    let action: Verdict['action'] = 'allow';
    if (top) {
      const hideable = labels.some(
        (l) => l.score >= context.thresholds.hide && !context.thresholds.reviewOnly.includes(l.ruleId),
      );
      action = hideable ? 'hide' : 'review';
    } else if (care) action = 'review';
    return {
      labels,
      action,
      policyVersion: context.policyVersion,
      rulesVersion: ruleFile.version,
      truncated,
      care,
      errors,
    };
  }

  if (options.warmUp !== false) warmUp(moderate);
  return {
    moderate,
    rulesVersion: ruleFile.version,
    stats: { terms: lexicon.termCount, automatonStates: lexicon.automatonSize },
  };
}
