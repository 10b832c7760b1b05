// Public API of the moderation engine. Other modules import only this file.
export {
  type BatchComment,
  BatchSummary,
  CSV_HEADER,
  type ParsedLine,
  parseCommentLine,
  verdictCsv,
  verdictJsonl,
} from './batch.ts';
export { type LearnedModel, loadBundledModel } from './classifier.ts';
export {
  type Channel,
  DEFAULT_THRESHOLDS,
  defaultContext,
  listDemoTenants,
  loadDemoTenant,
  type ModerationContext,
  type PublishedFacts,
  type TenantTerm,
  type Thresholds,
  withDefaults,
} from './context.ts';
export {
  createModerationEngine,
  type EngineOptions,
  type ModerationEngine,
  type ModerationInput,
} from './engine.ts';
export {
  contextForRow,
  type EvaluationReport,
  evaluate,
  formatReport,
  type LabelledRow,
  parseLabelledLine,
} from './evaluation.ts';
export type { LexiconFile, LexiconGroup } from './lexicon.ts';
export { type Normalised, type NormaliseMode, normalise, normaliseTerm, originalSpan } from './normalise.ts';
export {
  type Action,
  isRuleId,
  type Label,
  RULE_IDS,
  type RuleId,
  type Span,
  type Verdict,
} from './verdict.ts';
