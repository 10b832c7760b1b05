import { type Db, findDocumentInForce } from './policies.repository.ts';
import type { ThirdPartyTerms } from './policies.tables.ts';

export interface GetVersionInForceOptions {
  tenantId: string;
  documentKey: string;
  at: Date;
}

export interface VersionInForce {
  id: string;
  documentId: string;
  documentKey: string;
  label: string;
  effectiveAt: Date;
  publishedAt: Date;
  body: string;
  summary: string;
  /** Third-party terms accepted with the document, and whether agreeing implies other documents. */
  thirdPartyTerms: ThirdPartyTerms[];
  impliesOthers: boolean;
}

/** The published version of a document whose effective date-time is the latest not after `at`. */
export async function getVersionInForce(
  db: Db,
  { tenantId, documentKey, at }: GetVersionInForceOptions,
): Promise<VersionInForce | null> {
  const found = await findDocumentInForce(db, tenantId, documentKey, at);
  const terms = found ? consentTermsFromRow({ ...found, has_links: Boolean(found.has_links) }) : null;
  if (!found || !terms || !found.effective_at || !found.published_at) return null;
  return {
    ...terms,
    effectiveAt: found.effective_at,
    publishedAt: found.published_at,
    body: found.version_body ?? '',
    summary: found.version_summary ?? '',
  };
}

/** What recording consent needs of the version in force: no text. */
export type ConsentTerms = Pick<
  VersionInForce,
  'id' | 'documentId' | 'documentKey' | 'label' | 'thirdPartyTerms' | 'impliesOthers'
>;

/** The terms in force from the columns of documentInForceQuery, or null when none is in force. */
export function consentTermsFromRow(row: {
  id: string | null;
  key: string | null;
  third_party_terms: ThirdPartyTerms[] | null;
  version_id: string | null;
  version_label: string | null;
  has_links: boolean | null;
}): ConsentTerms | null {
  if (!row.id || !row.key || !row.version_id) return null;
  return {
    id: row.version_id,
    documentId: row.id,
    documentKey: row.key,
    label: row.version_label ?? '',
    thirdPartyTerms: row.third_party_terms ?? [],
    impliesOthers: Boolean(row.has_links),
  };
}
