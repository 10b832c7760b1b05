import { getChangeNotice } from './get-change-notice.ts';
import { getRulesOfVersion } from './get-rule-set.ts';
import { type Audience, documentOr404, versionOr404, versionState } from './lookups.ts';
import { type Db, findVersionInForce, listLinkedDocuments, listVersions } from './policies.repository.ts';

export interface DocumentQuery {
  tenantId: string;
  documentKey: string;
  audience: Audience;
  at: Date;
}

type DocumentRow = Awaited<ReturnType<typeof documentOr404>>;

async function describeDocument(db: Db, document: DocumentRow) {
  const linked = await listLinkedDocuments(db, document.id);
  return {
    id: document.id,
    key: document.key,
    titleJa: document.title_ja,
    titleEn: document.title_en,
    visibility: document.visibility,
    // POL-LAW
    governingLaw: document.governing_law,
    court: document.court,
    thirdPartyTerms: document.third_party_terms,
    linked: linked.map((d) => ({
      key: d.key,
      titleJa: d.title_ja,
      titleEn: d.title_en,
      visibility: d.visibility,
    })),
  };
}

/**
 * POL-PUBLISH: a document, the version in force and its history of versions with their dates and
 * states, and the change notice while a newer version waits (POL-CHANGE-NOTICE). The public sees
 * published versions only.
 */
export async function getDocumentHistory(db: Db, q: DocumentQuery) {
  const document = await documentOr404(db, q.tenantId, q.documentKey, q.audience);
  const inForce = await findVersionInForce(db, document.id, q.at);
  const all = await listVersions(db, document.id);
  const versions = all
    .filter((v) => q.audience === 'staff' || v.published_at)
    .map((v) => ({
      id: v.id,
      label: v.label,
      summary: v.summary,
      effectiveAt: v.effective_at,
      publishedAt: v.published_at,
      state: versionState(v, inForce?.id ?? null, q.at),
    }));
  return {
    document: await describeDocument(db, document),
    inForce: inForce
      ? {
          id: inForce.id,
          label: inForce.label,
          body: inForce.body,
          summary: inForce.summary,
          effectiveAt: inForce.effective_at!,
          rules: await getRulesOfVersion(db, inForce.id),
        }
      : null,
    versions,
    changeNotice: await getChangeNotice(db, q),
  };
}

/** One version of a document with its text and rule set (POL-RULESET). */
export async function getVersion(db: Db, q: DocumentQuery & { label: string }) {
  const document = await documentOr404(db, q.tenantId, q.documentKey, q.audience);
  const version = await versionOr404(db, document.id, q.label, q.audience);
  const inForce = await findVersionInForce(db, document.id, q.at);
  return {
    document: await describeDocument(db, document),
    version: {
      id: version.id,
      label: version.label,
      body: version.body,
      summary: version.summary,
      effectiveAt: version.effective_at,
      publishedAt: version.published_at,
      state: versionState(version, inForce?.id ?? null, q.at),
      rules: await getRulesOfVersion(db, version.id),
    },
  };
}
