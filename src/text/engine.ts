import { CompiledModel, type LearnedModel, loadBundledModel } from './classifier.ts';
import { defaultContext, type ModerationContext, type TenantTerm } from './context.ts';
import { detectContacts } from './detectors/contacts.ts';
import { detectHandles } from './detectors/handles.ts';
import { detectImpersonation } from './detectors/impersonation.ts';
import { detectNoise } from './detectors/noise.ts';
import {
  detectAlteredOfficialContent,
  detectFactContradiction,
  detectTopic,
} from './detectors/official-content.ts';
import { detectUrls } from './detectors/urls.ts';
import { type Detector, type DetectorInput, FeatureSet } from './features.ts';
import { CompiledLexicon, type LexiconFile, loadLexiconFiles, type TermMatch } from './lexicon.ts';
import { type Normalised, normalise } from './normalise.ts';
import { type CombinationRule, evaluateRules, loadRuleFile } from './rules.ts';
import { sanitiseInput } from './sanitise.ts';
import { decideLabels } from './scoring.ts';
import type { Verdict } from './verdict.ts';

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
}

export interface ModerationEngine {
  moderate(input: ModerationInput): Verdict;
  readonly rulesVersion: string;
  readonly stats: { terms: number; automatonStates: number };
}

// Impersonation first: a number offered by someone posing as staff is not someone else's data.
const DETECTORS: Detector[] = [
  detectImpersonation,
  detectContacts,
  detectUrls,
  detectHandles,
  detectNoise,
  detectAlteredOfficialContent,
  detectFactContradiction,
  detectTopic,
];

/** Builds the automaton and loads the model once; `moderate` is then pure and synchronous. */
export function createModerationEngine(options: EngineOptions = {}): ModerationEngine {
  const lexicon = new CompiledLexicon([...loadLexiconFiles(), ...(options.lexicons ?? [])]);
  const ruleFile = loadRuleFile();
  const rules: CombinationRule[] = ruleFile.rules;
  const learned = options.model === undefined ? loadBundledModel() : options.model;
  const model = learned ? new CompiledModel(learned) : null;
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

  function moderate(input: ModerationInput): Verdict {
    const context = input.context ?? fallbackContext;
    const { text, truncated, errors } = sanitiseInput(input.text, maxLength);
    const match = normalise(text, 'match');
    let lightView: Normalised | undefined;
    const tenant = tenantLexicon(context);
    const terms: TermMatch[] = [...lexicon.match(match, text), ...(tenant?.match(match, text) ?? [])];
    const features = new FeatureSet();
    for (const t of terms) {
      features.add(t.group.id, match.map[t.start] ?? 0, match.ends[t.end - 1] ?? 0, t.term);
    }
    const detectorInput: DetectorInput = {
      original: text,
      // The light view is built only if a detector's trigger characters are present.
      get light() {
        lightView ??= normalise(text, 'light');
        return lightView;
      },
      match,
      terms,
      context,
      ...(input.authorName !== undefined ? { authorName: input.authorName } : {}),
      ...(input.authorHandle !== undefined ? { authorHandle: input.authorHandle } : {}),
    };
    for (const detect of DETECTORS) detect(detectorInput, features);
    const groups = tenant ? new Map([...lexicon.groupById, ...tenant.groupById]) : lexicon.groupById;
    const hits = evaluateRules(features, groups, rules);
    const probabilities = model && text.length > 0 ? model.predict(match.text) : undefined;
    const labels = decideLabels({ hits, learned: probabilities, features, context, text });
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

  return {
    moderate,
    rulesVersion: ruleFile.version,
    stats: { terms: lexicon.termCount, automatonStates: lexicon.automatonSize },
  };
}
