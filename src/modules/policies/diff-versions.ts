import { diffLines, diffWords } from 'diff';
import { type Audience, documentOr404, versionOr404 } from './lookups.ts';
import type { Db } from './policies.repository.ts';

export type DiffSegment = { type: 'same' | 'added' | 'removed'; text: string };

// Japanese has no spaces between words: the word diff uses the platform's Japanese word segmenter.
const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** A line diff, refined word by word where a block of lines was replaced by another. */
export function diffTexts(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  const lines = diffLines(before, after);
  for (let i = 0; i < lines.length; i++) {
    const part = lines[i]!;
    const next = lines[i + 1];
    if (part.removed && next?.added) {
      for (const word of diffWords(part.value, next.value, { intlSegmenter: segmenter })) {
        segments.push({ type: word.added ? 'added' : word.removed ? 'removed' : 'same', text: word.value });
      }
      i++;
    } else {
      segments.push({ type: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value });
    }
  }
  return segments;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The diff as HTML: insertions in <ins>, deletions in <del>, every character of the text escaped. */
export function diffToHtml(segments: DiffSegment[]): string {
  return segments
    .map((s) =>
      s.type === 'added'
        ? `<ins>${escapeHtml(s.text)}</ins>`
        : s.type === 'removed'
          ? `<del>${escapeHtml(s.text)}</del>`
          : escapeHtml(s.text),
    )
    .join('');
}

export interface DiffVersionsOptions {
  tenantId: string;
  documentKey: string;
  from: string;
  to: string;
  audience: Audience;
}

/** POL-CHANGE-NOTICE / POL-PUBLISH: what changed between any two versions of a document. */
export async function diffVersions(db: Db, o: DiffVersionsOptions) {
  const document = await documentOr404(db, o.tenantId, o.documentKey, o.audience);
  const from = await versionOr404(db, document.id, o.from, o.audience);
  const to = await versionOr404(db, document.id, o.to, o.audience);
  const segments = diffTexts(from.body, to.body);
  return {
    document,
    from: { label: from.label, effectiveAt: from.effective_at },
    to: { label: to.label, effectiveAt: to.effective_at },
    segments,
    html: diffToHtml(segments),
    changed: segments.some((s) => s.type !== 'same'),
  };
}
