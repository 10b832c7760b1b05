import { AppError } from '../../kernel/errors.ts';
import { type ConsentRow, findConsentToVersion } from './consents.repository.ts';
import { getVersionInForce } from './get-version-in-force.ts';
import type { Db } from './policies.repository.ts';

export interface RequireConsentOptions {
  tenantId: string;
  subject: { kind: string; ref: string };
  documentKey: string;
  at: Date;
}

/** The subject's consent to the version in force at `at`, or undefined (also when none is in force). */
async function findCurrentConsent(db: Db, o: RequireConsentOptions): Promise<ConsentRow | undefined> {
  const version = await getVersionInForce(db, o);
  if (!version) return undefined;
  return findConsentToVersion(db, {
    tenantId: o.tenantId,
    subjectKind: o.subject.kind,
    subjectRef: o.subject.ref,
    versionId: version.id,
  });
}

/**
 * POL-CONSENT-EXPLICIT: no service without agreement to the current version. A consent to an older
 * version does not count once a newer one has taken effect. Services that treat use as consent record
 * deemed consent instead of calling this.
 */
export async function requireConsent(db: Db, options: RequireConsentOptions): Promise<ConsentRow> {
  const consent = await findCurrentConsent(db, options);
  if (!consent) throw new AppError('consent_required', { ruleId: 'POL-CONSENT-EXPLICIT' });
  return consent;
}

export async function hasConsent(db: Db, options: RequireConsentOptions): Promise<boolean> {
  return Boolean(await findCurrentConsent(db, options));
}
