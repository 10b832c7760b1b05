import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RuleAction, ThirdPartyTerms } from './policies.tables.ts';

// Documents, versions, rule sets and links. Consents are in consents.repository.ts.
export type Db = Kysely<DB>;

export function findDocument(db: Db, tenantId: string, key: string) {
  return db
    .selectFrom('policy_documents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export function listDocuments(db: Db, tenantId: string, visibility?: 'public' | 'internal') {
  let query = db.selectFrom('policy_documents').selectAll().where('tenant_id', '=', tenantId);
  if (visibility) query = query.where('visibility', '=', visibility);
  return query.orderBy('key').execute();
}

export interface NewDocument {
  tenantId: string;
  key: string;
  titleJa: string;
  titleEn: string;
  visibility: 'public' | 'internal';
  governingLaw: string | null;
  court: string | null;
  thirdPartyTerms: ThirdPartyTerms[];
  createdAt: Date;
}

/** Inserts the document, or returns undefined when the key is taken. */
export function insertDocument(db: Db, d: NewDocument) {
  return db
    .insertInto('policy_documents')
    .values({
      tenant_id: d.tenantId,
      key: d.key,
      title_ja: d.titleJa,
      title_en: d.titleEn,
      visibility: d.visibility,
      governing_law: d.governingLaw,
      court: d.court,
      third_party_terms: JSON.stringify(d.thirdPartyTerms),
      created_at: d.createdAt,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function insertLinks(db: Db, tenantId: string, documentId: string, linkedIds: string[]) {
  if (linkedIds.length === 0) return;
  await db
    .insertInto('policy_document_links')
    .values(linkedIds.map((id) => ({ tenant_id: tenantId, document_id: documentId, linked_document_id: id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The documents that agreeing to `documentId` implies (POL-CONSENT-LINKED). */
export function listLinkedDocuments(db: Db, documentId: string) {
  return db
    .selectFrom('policy_document_links as l')
    .innerJoin('policy_documents as d', 'd.id', 'l.linked_document_id')
    .selectAll('d')
    .where('l.document_id', '=', documentId)
    .orderBy('d.key')
    .execute();
}

const versionColumns = [
  'v.id',
  'v.tenant_id',
  'v.document_id',
  'v.label',
  'v.body',
  'v.summary',
  'v.effective_at',
  'v.published_at',
  'v.created_at',
  'v.created_by',
  'v.published_by',
] as const;

/**
 * A document with its version in force at `at` (null columns when none) and whether agreeing to it
 * implies other documents: what recording consent and the booking checks need, in one round trip.
 */
export function findDocumentInForce(db: Db, tenantId: string, key: string, at: Date) {
  return documentInForceQuery(db, tenantId, key, at).executeTakeFirst();
}

/** The query of findDocumentInForce, for a caller that reads it in the same round trip as more. */
export function documentInForceQuery(db: Db, tenantId: string, key: string, at: Date) {
  return db
    .selectFrom('policy_documents as d')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('policy_versions as v')
          .select(['v.id', 'v.label', 'v.body', 'v.summary', 'v.effective_at', 'v.published_at'])
          .whereRef('v.document_id', '=', 'd.id')
          .where('v.published_at', 'is not', null)
          .where('v.effective_at', '<=', at)
          .orderBy('v.effective_at', 'desc')
          .limit(1)
          .as('v'),
      (join) => join.onTrue(),
    )
    .select([
      'd.id',
      'd.key',
      'd.third_party_terms',
      'v.id as version_id',
      'v.label as version_label',
      'v.body as version_body',
      'v.summary as version_summary',
      'v.effective_at',
      'v.published_at',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('policy_document_links as l')
            .select('l.document_id')
            .whereRef('l.document_id', '=', 'd.id'),
        )
        .as('has_links'),
    )
    .where('d.tenant_id', '=', tenantId)
    .where('d.key', '=', key);
}

/** The published version with the latest effective date-time not after `at`. */
export function findVersionInForce(db: Db, documentId: string, at: Date) {
  return db
    .selectFrom('policy_versions as v')
    .select(versionColumns)
    .where('v.document_id', '=', documentId)
    .where('v.published_at', 'is not', null)
    .where('v.effective_at', '<=', at)
    .orderBy('v.effective_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findVersionByLabel(db: Db, documentId: string, label: string) {
  return db
    .selectFrom('policy_versions as v')
    .select(versionColumns)
    .where('v.document_id', '=', documentId)
    .where('v.label', '=', label)
    .executeTakeFirst();
}

/** Every version of a document: published ones by effective date, drafts last. */
export function listVersions(db: Db, documentId: string) {
  return db
    .selectFrom('policy_versions as v')
    .select(versionColumns)
    .where('v.document_id', '=', documentId)
    .orderBy('v.effective_at', (ob) => ob.asc().nullsLast())
    .orderBy('v.created_at', 'asc')
    .execute();
}

export interface NewVersion {
  tenantId: string;
  documentId: string;
  label: string;
  body: string;
  summary: string;
  createdAt: Date;
  createdBy: string | null;
}

/** Inserts a draft, or returns undefined when the label is taken. */
export function insertDraft(db: Db, v: NewVersion) {
  return db
    .insertInto('policy_versions')
    .values({
      tenant_id: v.tenantId,
      document_id: v.documentId,
      label: v.label,
      body: v.body,
      summary: v.summary,
      created_at: v.createdAt,
      created_by: v.createdBy,
    })
    .onConflict((oc) => oc.columns(['document_id', 'label']).doNothing())
    .returning(['id', 'label'])
    .executeTakeFirst();
}

/** Changes a draft's text; published versions are not touched (and the trigger would refuse). */
export function updateDraftText(db: Db, versionId: string, change: { body: string; summary: string }) {
  return db
    .updateTable('policy_versions')
    .set({ body: change.body, summary: change.summary })
    .where('id', '=', versionId)
    .where('published_at', 'is', null)
    .returning(['id'])
    .executeTakeFirst();
}

/** Publishes a draft: from here on the text, date and rules are immutable (POL-VERSION). */
export function markPublished(
  db: Db,
  versionId: string,
  p: { effectiveAt: Date; publishedAt: Date; publishedBy: string | null },
) {
  return db
    .updateTable('policy_versions')
    .set({ effective_at: p.effectiveAt, published_at: p.publishedAt, published_by: p.publishedBy })
    .where('id', '=', versionId)
    .where('published_at', 'is', null)
    .returning(['id'])
    .executeTakeFirst();
}

export interface NewRule {
  categoryId: string;
  labelJa: string;
  labelEn: string;
  actions: RuleAction[];
}

/** Replaces a draft's rule set (the trigger refuses this on a published version). */
export async function replaceRules(db: Db, versionId: string, rules: NewRule[]) {
  await db.deleteFrom('policy_rules').where('version_id', '=', versionId).execute();
  if (rules.length === 0) return;
  await db
    .insertInto('policy_rules')
    .values(
      rules.map((r, position) => ({
        version_id: versionId,
        category_id: r.categoryId,
        label_ja: r.labelJa,
        label_en: r.labelEn,
        actions: r.actions,
        position,
      })),
    )
    .execute();
}

export function listRules(db: Db, versionId: string) {
  return db
    .selectFrom('policy_rules')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
}
