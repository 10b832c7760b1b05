import { searchConsents } from './consents.repository.ts';
import type { Db } from './policies.repository.ts';

export interface ListConsentsOptions {
  tenantId: string;
  subject?: { kind?: string; ref: string };
  documentKey?: string;
  limit?: number;
}

/** The consent search: newest first, at most `limit` (default 100, at most 500). */
export function listConsents(db: Db, { tenantId, subject, documentKey, limit }: ListConsentsOptions) {
  return searchConsents(db, {
    tenantId,
    ...(subject?.kind ? { subjectKind: subject.kind } : {}),
    ...(subject?.ref ? { subjectRef: subject.ref } : {}),
    ...(documentKey ? { documentKey } : {}),
    limit: Math.min(Math.max(limit ?? 100, 1), 500),
  });
}
