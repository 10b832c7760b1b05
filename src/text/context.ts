import { readdirSync, readFileSync } from 'node:fs';
import type { RuleId } from './verdict.ts';

/** Where a message arrived: public comments and private desk chats follow different rules. */
export type Channel =
  | 'public-comment'
  | 'desk-chat'
  | 'desk-broadcast-reply'
  | 'seminar-chat'
  | 'employee-draft';

export interface Thresholds {
  /** A label is reported at or above this score; the comment goes to the review queue. */
  review: number;
  /** At or above this score the comment is hidden automatically (unless its rule is review-only). */
  hide: number;
  /** Rules that may never hide a comment on their own (false information, off-topic). */
  reviewOnly: RuleId[];
}

export interface TenantTerm {
  term: string;
  ruleId: RuleId;
  weight?: number;
}

/** Facts the organisation has published; claims contradicting them are SNS-DELETE-08 candidates. */
export interface PublishedFacts {
  /** The services are free of charge (BOOK-FREE, SEM-FREE, DESK-FREE). */
  free?: boolean;
  /** No closure or abolition has been announced. */
  noClosureAnnounced?: boolean;
  /** Announced closures, e.g. the year-end break, as text shown to users. */
  closures?: string[];
}

/**
 * Everything the engine needs to know about the tenant and the conversation. It is plain data so
 * the engine needs no database: the social and desk modules build it from their own tables.
 */
export interface ModerationContext {
  tenantId: string;
  displayName: string;
  policyVersion: string;
  /** Deletion rules in force under this policy version (POL-RULESET). */
  ruleSet: RuleId[];
  channel: Channel;
  /** The desk asked this user for a callback number, e-mail or postal address (own data is fine then). */
  contactRequested?: boolean;
  /** One line about the post or broadcast being answered. */
  post?: string;
  allow: {
    phones: string[];
    emails: string[];
    /** Exact hosts (www.example.jp); a look-alike host does not match. */
    domains: string[];
    lineIds: string[];
  };
  official: {
    names: string[];
    handles: string[];
    /** Distinctive tokens of the official names and domains, to notice look-alikes (jobcafe-official…). */
    tokens: string[];
  };
  officialPosts: string[];
  topics: string[];
  facts: PublishedFacts;
  thresholds: Thresholds;
  extraTerms: TenantTerm[];
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  review: 0.5,
  hide: 0.85,
  reviewOnly: ['SNS-DELETE-08', 'SNS-DELETE-13', 'SNS-DELETE-14'],
};

const GOVERNMENT_DOMAINS = [
  'www.mhlw.go.jp',
  'www.hellowork.mhlw.go.jp',
  'www.gov-online.go.jp',
  'www.caa.go.jp',
  'www.npa.go.jp',
];

export function defaultContext(): ModerationContext {
  return {
    tenantId: 'default',
    displayName: '',
    policyVersion: 'unversioned',
    ruleSet: [],
    channel: 'public-comment',
    allow: { phones: [], emails: [], domains: [...GOVERNMENT_DOMAINS], lineIds: [] },
    official: { names: [], handles: [], tokens: [] },
    officialPosts: [],
    topics: [],
    facts: {},
    thresholds: DEFAULT_THRESHOLDS,
    extraTerms: [],
  };
}

const TENANT_DIR = new URL('./tenants/', import.meta.url);

export function listDemoTenants(): string[] {
  return readdirSync(TENANT_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** A demo tenant profile from src/text/tenants/NAME.json, merged over the defaults. */
export function loadDemoTenant(name: string): ModerationContext {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid tenant name: ${name}`);
  let raw: string;
  try {
    raw = readFileSync(new URL(`${name}.json`, TENANT_DIR), 'utf8');
  } catch {
    throw new Error(`unknown tenant "${name}" (known: ${listDemoTenants().join(', ')})`);
  }
  return withDefaults(JSON.parse(raw) as Partial<ModerationContext>);
}

export function withDefaults(partial: Partial<ModerationContext>): ModerationContext {
  const base = defaultContext();
  return {
    ...base,
    ...partial,
    allow: {
      ...base.allow,
      ...partial.allow,
      domains: [...base.allow.domains, ...(partial.allow?.domains ?? [])],
    },
    official: { ...base.official, ...partial.official },
    facts: { ...base.facts, ...partial.facts },
    thresholds: { ...base.thresholds, ...partial.thresholds },
  };
}
