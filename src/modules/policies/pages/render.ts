import { html, raw } from 'hono/html';
import type { Html } from '../../../http/pages/layout.ts';
import type { Lang } from '../../../kernel/errors.ts';
import { formatWallTime } from '../../../kernel/time/zoned.ts';
import type { VersionState } from '../lookups.ts';
import type { ThirdPartyTerms } from '../policies.tables.ts';

// Pieces the public and staff policy pages share.

export const when = (instant: Date | null, lang: Lang) =>
  instant ? `${formatWallTime(instant, lang)}${lang === 'ja' ? '' : ' (Japan time)'}` : '—';

const stateNames: Record<VersionState, { ja: string; en: string }> = {
  draft: { ja: '下書き', en: 'Draft' },
  scheduled: { ja: '施行予定', en: 'Scheduled' },
  in_force: { ja: '施行中', en: 'In force' },
  superseded: { ja: '旧版', en: 'Superseded' },
};
export const stateName = (state: VersionState, lang: Lang) => stateNames[state][lang];

/**
 * The document text: lines starting '# ' / '## ' become headings (h2/h3 under the page's h1, or lower
 * inside a section); every other
 * block of lines is a paragraph that keeps its line breaks. Everything is escaped.
 */
export function policyText(body: string, topLevel: 2 | 3 | 4 = 2): Html {
  const top = `h${topLevel}`;
  const sub = `h${topLevel + 1}`;
  const blocks: Html[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.join('').trim()) blocks.push(html`<p class="policy-text">${paragraph.join('\n')}</p>`);
    paragraph = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const heading = /^(#{1,2}) (.+)$/.exec(line);
    if (heading) {
      flush();
      const tag = heading[1] === '#' ? top : sub;
      blocks.push(html`${raw(`<${tag}>`)}${heading[2]}${raw(`</${tag}>`)}`);
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return html`<div class="policy-body">${blocks}</div>`;
}

/** A diff already escaped by diffToHtml, shown with a legend for screen readers and colour-blind readers. */
export function diffBlock(diffHtml: string, lang: Lang): Html {
  const legend =
    lang === 'ja'
      ? '追加された箇所は下線と緑の背景、削除された箇所は取り消し線と赤の背景で示します。'
      : 'Added text is underlined on green; removed text is struck through on red.';
  return html`<p class="muted">${legend}</p><div class="policy-text diff">${raw(diffHtml)}</div>`;
}

export function lawAndCourt(doc: { governingLaw: string | null; court: string | null }, lang: Lang): Html {
  if (!doc.governingLaw && !doc.court) return html``;
  const tr = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  return html`<h2>${tr('準拠法・管轄裁判所', 'Governing law and court')}</h2>
  <dl class="law">
    ${doc.governingLaw ? html`<dt>${tr('準拠法', 'Governing law')}</dt><dd>${doc.governingLaw}</dd>` : ''}
    ${doc.court ? html`<dt>${tr('第一審の専属的合意管轄裁判所', 'Court of first instance (exclusive)')}</dt><dd>${doc.court}</dd>` : ''}
  </dl>`;
}

export function thirdPartyList(terms: ThirdPartyTerms[], lang: Lang): Html {
  if (terms.length === 0) return html``;
  return html`<ul>${terms.map((t) => html`<li><a href="${t.url}" rel="noopener noreferrer">${t.name}</a>${lang === 'ja' ? '（外部サイト）' : ' (external site)'}</li>`)}</ul>`;
}

export const titleOf = (d: { titleJa: string; titleEn: string }, lang: Lang) =>
  lang === 'ja' ? d.titleJa : d.titleEn;
