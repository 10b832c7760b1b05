import type { Insertable } from 'kysely';
import type { PlannedRow } from '../../db/planned-rows.ts';
import type { Db } from './policies.repository.ts';
import type { ConsentChannel, ConsentKind, ConsentsTable, ThirdPartyTerms } from './policies.tables.ts';

export interface NewConsent {
  tenantId: string;
  subjectKind: string;
  subjectRef: string;
  documentId: string;
  versionId: string;
  kind: ConsentKind;
  act: string | null;
  channel: ConsentChannel;
  recordedAt: Date;
  linkedFrom: string | null;
  thirdPartyTerms: ThirdPartyTerms[];
}

/** A consent row with its id chosen here, to be written with the act it belongs to. */
export function consentRow(id: string, c: NewConsent): PlannedRow {
  return {
    table: 'consents',
    values: {
      id,
      tenant_id: c.tenantId,
      subject_kind: c.subjectKind,
      subject_ref: c.subjectRef,
      document_id: c.documentId,
      version_id: c.versionId,
      kind: c.kind,
      act: c.act,
      channel: c.channel,
      recorded_at: c.recordedAt,
      linked_from: c.linkedFrom,
      third_party_terms: JSON.stringify(c.thirdPartyTerms),
    } satisfies Insertable<ConsentsTable>,
  };
}

function consentQuery(db: Db) {
  return db
    .selectFrom('consents as c')
    .innerJoin('policy_documents as d', 'd.id', 'c.document_id')
    .innerJoin('policy_versions as v', 'v.id', 'c.version_id')
    .select([
      'c.id',
      'c.tenant_id',
      'c.subject_kind',
      'c.subject_ref',
      'c.document_id',
      'd.key as document_key',
      'd.title_ja as document_title_ja',
      'd.title_en as document_title_en',
      'c.version_id',
      'v.label as version_label',
      'c.kind',
      'c.act',
      'c.channel',
      'c.recorded_at',
      'c.linked_from',
      'c.third_party_terms',
    ]);
}

export type ConsentRow = NonNullable<Awaited<ReturnType<typeof findConsentToVersion>>>;

/** The latest consent of a subject to one exact version. */
export function findConsentToVersion(
  db: Db,
  q: { tenantId: string; subjectKind: string; subjectRef: string; versionId: string },
) {
  return consentQuery(db)
    .where('c.tenant_id', '=', q.tenantId)
    .where('c.subject_kind', '=', q.subjectKind)
    .where('c.subject_ref', '=', q.subjectRef)
    .where('c.version_id', '=', q.versionId)
    .orderBy('c.recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface ConsentSearch {
  tenantId: string;
  subjectKind?: string;
  subjectRef?: string;
  documentKey?: string;
  limit: number;
}

export function searchConsents(db: Db, q: ConsentSearch) {
  let query = consentQuery(db).where('c.tenant_id', '=', q.tenantId);
  if (q.subjectKind) query = query.where('c.subject_kind', '=', q.subjectKind);
  if (q.subjectRef) query = query.where('c.subject_ref', '=', q.subjectRef);
  if (q.documentKey) query = query.where('d.key', '=', q.documentKey);
  return query.orderBy('c.recorded_at', 'desc').orderBy('c.id').limit(q.limit).execute();
}
