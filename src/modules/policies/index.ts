// Policies and consent: documents, immutable versions, rule sets, the consent ledger.
export type { ConsentRow } from './consents.repository.ts';
export { createDocument } from './create-document.ts';
export { createDraftVersion } from './create-draft-version.ts';
export { type DiffSegment, diffTexts, diffToHtml, diffVersions } from './diff-versions.ts';
export { getChangeNotice } from './get-change-notice.ts';
export { getDocumentHistory, getVersion } from './get-document-history.ts';
export { getRuleSetInForce, getRulesOfVersion, type PolicyRule } from './get-rule-set.ts';
export {
  type ConsentTerms,
  consentTermsFromRow,
  getVersionInForce,
  type VersionInForce,
} from './get-version-in-force.ts';
export { type GiveConsentOptions, giveConsent } from './give-consent.ts';
export { importPublishedVersion } from './import-published-version.ts';
export { listConsents } from './list-consents.ts';
export { listPolicyDocuments } from './list-documents.ts';
export type { Audience, VersionState } from './lookups.ts';
export { documentInForceQuery } from './policies.repository.ts';
export type { PolicyTables, RuleAction, ThirdPartyTerms } from './policies.tables.ts';
export { publishText } from './publish-text.ts';
export { publishVersionNow } from './publish-version-now.ts';
export {
  planConsent,
  type RecordConsentOptions,
  type RecordedConsent,
  recordConsent,
} from './record-consent.ts';
export { hasConsent, type RequireConsentOptions, requireConsent } from './require-consent.ts';
export { parseEffectiveAt, scheduleVersion } from './schedule-version.ts';
export { updateDraft } from './update-draft.ts';
