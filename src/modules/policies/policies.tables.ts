import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from '../../kernel/tables.ts';

export interface ThirdPartyTerms {
  name: string;
  url: string;
}

export type RuleAction = 'delete' | 'hide' | 'block' | 'suspend' | 'refuse';
export type ConsentKind = 'explicit' | 'deemed';
export type ConsentChannel = 'web' | 'line' | 'api' | 'staff';

export interface PolicyDocumentsTable {
  id: Generated<string>;
  tenant_id: string;
  key: string;
  title_ja: string;
  title_en: string;
  visibility: 'public' | 'internal';
  governing_law: string | null;
  court: string | null;
  third_party_terms: Json<ThirdPartyTerms[]>;
  created_at: Timestamp;
}

export interface PolicyDocumentLinksTable {
  tenant_id: string;
  document_id: string;
  linked_document_id: string;
}

export interface PolicyVersionsTable {
  id: Generated<string>;
  tenant_id: string;
  document_id: string;
  label: string;
  body: string;
  summary: ColumnType<string, string | undefined, string>;
  effective_at: Timestamp | null;
  published_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string | null;
  published_by: string | null;
}

export interface PolicyRulesTable {
  version_id: string;
  category_id: string;
  label_ja: string;
  label_en: string;
  actions: RuleAction[];
  position: number;
}

export interface ConsentsTable {
  id: Generated<string>;
  tenant_id: string;
  subject_kind: string;
  subject_ref: string;
  document_id: string;
  version_id: string;
  kind: ConsentKind;
  act: string | null;
  channel: ConsentChannel;
  recorded_at: Timestamp;
  linked_from: string | null;
  third_party_terms: Json<ThirdPartyTerms[]>;
}

export interface PolicyTables {
  policy_documents: PolicyDocumentsTable;
  policy_document_links: PolicyDocumentLinksTable;
  policy_versions: PolicyVersionsTable;
  policy_rules: PolicyRulesTable;
  consents: ConsentsTable;
}
