// The engine's output, as stored with a comment and shown to operators.

export const RULE_IDS = [
  'SNS-DELETE-01',
  'SNS-DELETE-02',
  'SNS-DELETE-03',
  'SNS-DELETE-04',
  'SNS-DELETE-05',
  'SNS-DELETE-06',
  'SNS-DELETE-07',
  'SNS-DELETE-08',
  'SNS-DELETE-09',
  'SNS-DELETE-10',
  'SNS-DELETE-11',
  'SNS-DELETE-12',
  'SNS-DELETE-13',
  'SNS-DELETE-14',
  'SNS-DELETE-15',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** A piece of evidence, as [start, end) UTF-16 offsets into the text the user wrote. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Label {
  ruleId: RuleId;
  score: number;
  spans: Span[];
  /** Which detectors or lexicon groups produced the label, for the operator's explanation. */
  reasons: string[];
}

export type Action = 'allow' | 'review' | 'hide';

export interface Verdict {
  labels: Label[];
  action: Action;
  policyVersion: string;
  rulesVersion: string;
  /** The text was longer than the engine's limit; only the first part was read. */
  truncated: boolean;
  /** Self-directed distress (消えたい): keep the comment, route it to a person (not SNS-DELETE-07). */
  care: boolean;
  errors: string[];
}
