import { type Db, findDocument, findVersionInForce } from './policies.repository.ts';

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
}

/** The published version of a document whose effective date-time is the latest not after `at`. */
export async function getVersionInForce(
  db: Db,
  { tenantId, documentKey, at }: GetVersionInForceOptions,
): Promise<VersionInForce | null> {
  const document = await findDocument(db, tenantId, documentKey);
  if (!document) return null;
  const version = await findVersionInForce(db, document.id, at);
  if (!version?.effective_at || !version.published_at) return null;
  return {
    id: version.id,
    documentId: document.id,
    documentKey: document.key,
    label: version.label,
    effectiveAt: version.effective_at,
    publishedAt: version.published_at,
    body: version.body,
    summary: version.summary,
  };
}
