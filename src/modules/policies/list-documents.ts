import { type Audience, versionState } from './lookups.ts';
import {
  type Db,
  findVersionInForce,
  listVersions,
  listDocuments as selectDocuments,
} from './policies.repository.ts';

export interface ListDocumentsQuery {
  tenantId: string;
  audience: Audience;
  at: Date;
}

/** The tenant's documents with their versions' states: public ones only for the public index. */
export async function listPolicyDocuments(db: Db, q: ListDocumentsQuery) {
  const documents = await selectDocuments(db, q.tenantId, q.audience === 'public' ? 'public' : undefined);
  return Promise.all(
    documents.map(async (d) => {
      const inForce = await findVersionInForce(db, d.id, q.at);
      const versions = (await listVersions(db, d.id))
        .filter((v) => q.audience === 'staff' || v.published_at)
        .map((v) => ({
          label: v.label,
          effectiveAt: v.effective_at,
          state: versionState(v, inForce?.id ?? null, q.at),
        }));
      return {
        key: d.key,
        titleJa: d.title_ja,
        titleEn: d.title_en,
        visibility: d.visibility,
        inForce: inForce ? { label: inForce.label, effectiveAt: inForce.effective_at! } : null,
        versions,
      };
    }),
  );
}
