import { randomUUID } from 'node:crypto';
import { insertPlannedRows, type PlannedRow } from '../../db/planned-rows.ts';
import { type Actor, auditRow } from '../../kernel/audit/audit.ts';
import { notFound, ruleViolation } from '../../kernel/errors.ts';
import type { Clock } from '../../kernel/time/clock.ts';
import { parseInput } from '../../kernel/validation.ts';
import { consentRow } from './consents.repository.ts';
import type { ConsentTerms } from './get-version-in-force.ts';
import {
  type Db,
  findDocumentInForce,
  findVersionInForce,
  listLinkedDocuments,
} from './policies.repository.ts';
import { consentFieldLabels, recordConsentSchema } from './policies.schema.ts';
import type { ConsentChannel, ConsentKind, ThirdPartyTerms } from './policies.tables.ts';

export interface RecordConsentOptions {
  tenantId: string;
  subject: { kind: string; ref: string };
  documentKey: string;
  kind: ConsentKind;
  /** For deemed consent, the act that counts as consent: 'booking.created', 'continued-use', … */
  act?: string;
  channel: ConsentChannel;
  /** Who records it; the subject themselves unless staff record it for them. */
  actor?: Actor;
  /** The document's version in force, when the caller has just read it (saves reading it again). */
  inForce?: ConsentTerms;
}

export interface RecordedConsent {
  consentId: string;
  versionId: string;
  versionLabel: string;
  documentKey: string;
  thirdPartyTerms: ThirdPartyTerms[];
  linked: Omit<RecordedConsent, 'linked'>[];
}

const LINKED_ACT = 'consent.linked';

/**
 * Records consent to the version in force now, and (POL-CONSENT-LINKED) one row per document that
 * agreeing implies, each pointing back to the consent that implied it and listing the third-party terms
 * accepted with it. Call inside the caller's transaction: the consent rows and their audit rows commit
 * together with the booking, registration or message that caused them (REC-AUDIT).
 */
export async function recordConsent(
  trx: Db,
  clock: Clock,
  options: RecordConsentOptions,
): Promise<RecordedConsent> {
  const { consent, rows } = await planConsent(trx, clock, options);
  await insertPlannedRows(trx, rows);
  return consent;
}

/**
 * What recordConsent would write, without writing it: the consent and audit rows, for a caller that
 * writes them in the same statement as the act that counts as consent (a booking). Reads only.
 */
export async function planConsent(
  db: Db,
  clock: Clock,
  options: RecordConsentOptions,
): Promise<{ consent: RecordedConsent; rows: PlannedRow[] }> {
  const rows: PlannedRow[] = [];
  const input = parseInput(recordConsentSchema, options, consentFieldLabels);
  const now = clock.now();
  const actor: Actor = options.actor ?? { kind: 'user', id: null };
  const known = options.inForce;
  const document =
    known && known.documentKey === input.documentKey
      ? {
          id: known.documentId,
          key: known.documentKey,
          third_party_terms: known.thirdPartyTerms,
          version_id: known.id,
          version_label: known.label,
          has_links: known.impliesOthers,
        }
      : await findDocumentInForce(db, input.tenantId, input.documentKey, now);
  if (!document) throw notFound({ ja: '文書が見つかりません。', en: 'Document not found.' });

  const record = async (
    doc: { id: string; key: string; third_party_terms: ThirdPartyTerms[] },
    linkedFrom: string | null,
    known?: { id: string; label: string } | null,
  ) => {
    const version = known !== undefined ? known : await findVersionInForce(db, doc.id, now);
    if (!version) {
      throw ruleViolation(
        'POL-VERSION',
        {
          ja: `「${doc.key}」には現在有効な版がないため、同意を記録できません。`,
          en: `"${doc.key}" has no version in force, so no consent can be recorded.`,
        },
        'documentKey',
      );
    }
    const kind: ConsentKind = linkedFrom ? 'deemed' : input.kind;
    const act = linkedFrom ? LINKED_ACT : (input.act ?? null);
    const consentId = randomUUID();
    rows.push(
      consentRow(consentId, {
        tenantId: input.tenantId,
        subjectKind: input.subject.kind,
        subjectRef: input.subject.ref,
        documentId: doc.id,
        versionId: version.id,
        kind,
        act,
        channel: input.channel,
        recordedAt: now,
        linkedFrom,
        thirdPartyTerms: doc.third_party_terms,
      }),
      auditRow(clock, {
        tenantId: input.tenantId,
        actor,
        event: 'consent.recorded',
        ruleId: linkedFrom
          ? 'POL-CONSENT-LINKED'
          : kind === 'explicit'
            ? 'POL-CONSENT-EXPLICIT'
            : 'POL-CONSENT-DEEMED',
        policyVersionId: version.id,
        subject: { kind: 'consent', id: consentId },
        data: {
          documentKey: doc.key,
          versionLabel: version.label,
          kind,
          act,
          channel: input.channel,
          subjectKind: input.subject.kind,
          linkedFrom,
          thirdPartyTerms: doc.third_party_terms.map((terms) => terms.name),
        },
      }),
    );
    return {
      consentId,
      versionId: version.id,
      versionLabel: version.label,
      documentKey: doc.key,
      thirdPartyTerms: doc.third_party_terms,
    };
  };

  const inForce =
    document.version_id && document.version_label !== null
      ? { id: document.version_id, label: document.version_label }
      : null;
  const main = await record(document, null, inForce);
  const linked: RecordedConsent['linked'] = [];
  // Links may chain (terms ⇒ privacy policy ⇒ …); each implied document is recorded once.
  const seen = new Set([document.id]);
  const queue = document.has_links ? [document.id] : [];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const doc of await listLinkedDocuments(db, from)) {
      if (seen.has(doc.id)) continue;
      seen.add(doc.id);
      queue.push(doc.id);
      linked.push(await record(doc, main.consentId));
    }
  }
  return { consent: { ...main, linked }, rows };
}
