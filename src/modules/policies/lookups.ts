import { notFound } from '../../kernel/errors.ts';
import { type Db, findDocument, findVersionByLabel } from './policies.repository.ts';

/** Who is looking: the public sees published versions of public documents only; staff see drafts too. */
export type Audience = 'public' | 'staff';

const noDocument = () => notFound({ ja: '文書が見つかりません。', en: 'Document not found.' });
const noVersion = () => notFound({ ja: '指定の版が見つかりません。', en: 'Version not found.' });

// Unknown documents and versions are 404s, whichever tenant asks (other tenants' keys look unknown);
// to the public, internal documents and unpublished drafts look unknown as well.
export async function documentOr404(db: Db, tenantId: string, key: string, audience: Audience = 'staff') {
  const document = await findDocument(db, tenantId, key);
  if (!document || (audience === 'public' && document.visibility !== 'public')) throw noDocument();
  return document;
}

export async function versionOr404(db: Db, documentId: string, label: string, audience: Audience = 'staff') {
  const version = await findVersionByLabel(db, documentId, label);
  if (!version || (audience === 'public' && !version.published_at)) throw noVersion();
  return version;
}

/** A version's lifecycle, derived from its dates and the clock (POL-VERSION). */
export type VersionState = 'draft' | 'scheduled' | 'in_force' | 'superseded';

export function versionState(
  version: { id: string; published_at: Date | null; effective_at: Date | null },
  inForceId: string | null,
  now: Date,
): VersionState {
  if (!version.published_at || !version.effective_at) return 'draft';
  if (version.effective_at > now) return 'scheduled';
  return version.id === inForceId ? 'in_force' : 'superseded';
}

export const staffIdOf = (actor: { kind: string; id?: string | null }) =>
  actor.kind === 'staff' && actor.id ? actor.id : null;
