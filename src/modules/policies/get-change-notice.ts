import { diffTexts, diffToHtml } from './diff-versions.ts';
import { type Audience, documentOr404 } from './lookups.ts';
import { type Db, findVersionInForce, listVersions } from './policies.repository.ts';

export interface ChangeNoticeQuery {
  tenantId: string;
  documentKey: string;
  audience: Audience;
  at: Date;
}

/**
 * POL-CHANGE-NOTICE: while a published version waits for its effective date, the document announces
 * it: that it changes, the new text, the date, and the diff against the version in force. Once the
 * date has passed there is nothing to announce and this returns null.
 */
export async function getChangeNotice(db: Db, q: ChangeNoticeQuery) {
  const document = await documentOr404(db, q.tenantId, q.documentKey, q.audience);
  const upcoming = (await listVersions(db, document.id)).find(
    (v) => v.published_at && v.effective_at && v.effective_at > q.at,
  );
  if (!upcoming?.effective_at) return null;
  const current = await findVersionInForce(db, document.id, q.at);
  const segments = diffTexts(current?.body ?? '', upcoming.body);
  return {
    documentKey: document.key,
    titleJa: document.title_ja,
    titleEn: document.title_en,
    label: upcoming.label,
    effectiveAt: upcoming.effective_at,
    summary: upcoming.summary,
    body: upcoming.body,
    current: current ? { label: current.label, effectiveAt: current.effective_at } : null,
    segments,
    html: diffToHtml(segments),
  };
}
