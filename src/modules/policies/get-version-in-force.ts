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
  if (!found?.version_id || !found.effective_at || !found.published_at) return null;
  return {
    id: found.version_id,
    documentId: found.id,
    documentKey: found.key,
    label: found.version_label ?? '',
    effectiveAt: found.effective_at,
    publishedAt: found.published_at,
    body: found.version_body ?? '',
    summary: found.version_summary ?? '',
    thirdPartyTerms: found.third_party_terms,
    impliesOthers: Boolean(found.has_links),
  };
}
