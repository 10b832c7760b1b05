import { html } from 'hono/html';
import type { Html } from '../../../http/pages/layout.ts';
import type { Lang } from '../../../kernel/errors.ts';
import type { PolicyRule } from '../get-rule-set.ts';
import type { VersionState } from '../lookups.ts';
import type { RuleAction, ThirdPartyTerms } from '../policies.tables.ts';
import { diffBlock, policyText, stateName, thirdPartyList, when } from './render.ts';

const tr = (lang: Lang) => (ja: string, en: string) => (lang === 'ja' ? ja : en);

export interface NoticeView {
  label: string;
  effectiveAt: Date;
  summary: string;
  body: string;
  html: string;
  current: { label: string } | null;
}

/** POL-CHANGE-NOTICE: the banner at the top of the document while a newer version is scheduled. */
export function changeNoticeBanner(notice: NoticeView, lang: Lang): Html {
  const t = tr(lang);
  return html`<div class="notice warn" role="note" aria-labelledby="change-notice-title">
    <h2 id="change-notice-title">${t('改定のお知らせ', 'Notice of change')}</h2>
    <p>${t(`この文書は${when(notice.effectiveAt, lang)}に改定されます（${notice.label}）。`, `This document changes on ${when(notice.effectiveAt, lang)} (${notice.label}).`)}</p>
    ${notice.summary ? html`<p>${t('改定の概要', 'Summary')}: ${notice.summary}</p>` : ''}
    <p><a href="#change-notice">${t('改定後の本文と変更箇所を見る', 'See the new text and what changes')}</a></p>
  </div>`;
}

/** The new text and the diff against the version in force, further down the document page. */
export function changeNoticeSection(base: string, notice: NoticeView, lang: Lang): Html {
  const t = tr(lang);
  return html`<section id="change-notice" aria-labelledby="change-notice-detail">
    <h2 id="change-notice-detail">${t(`改定内容（${when(notice.effectiveAt, lang)}施行）`, `The change (effective ${when(notice.effectiveAt, lang)})`)}</h2>
    <h3>${t(`変更箇所（${notice.current?.label ?? '—'} → ${notice.label}）`, `What changes (${notice.current?.label ?? '—'} → ${notice.label})`)}</h3>
    <div lang="ja">${diffBlock(notice.html, lang)}</div>
    <h3>${t('改定後の全文', 'The new text in full')}</h3>
    <div lang="ja">${policyText(notice.body, 4)}</div>
    <p><a href="${base}/versions/${notice.label}">${t('改定後の版のページ', 'Page of the new version')}</a></p>
  </section>`;
}

export function historyTable(
  base: string,
  versions: { label: string; summary: string; effectiveAt: Date | null; state: VersionState }[],
  lang: Lang,
): Html {
  const t = tr(lang);
  return html`<h2>${t('改定履歴', 'Version history')}</h2>
  <div class="table-wrap" tabindex="0" role="region" aria-label="${t('改定履歴', 'Version history')}"><table>
    <caption class="muted">${t('版ごとの施行日時と状態', 'Each version with its effective date and state')}</caption>
    <thead><tr><th scope="col">${t('版', 'Version')}</th><th scope="col">${t('施行日時', 'Effective')}</th><th scope="col">${t('状態', 'State')}</th><th scope="col">${t('変更の概要', 'Summary')}</th><th scope="col">${t('比較', 'Compare')}</th></tr></thead>
    <tbody>${versions.map(
      (v, i) => html`<tr>
        <th scope="row"><a href="${base}/versions/${v.label}">${v.label}</a></th>
        <td>${when(v.effectiveAt, lang)}</td>
        <td>${stateName(v.state, lang)}</td>
        <td>${v.summary || '—'}</td>
        <td>${i > 0 ? html`<a href="${base}/diff?from=${versions[i - 1]!.label}&amp;to=${v.label}">${t(`${versions[i - 1]!.label}との差分`, `Changes from ${versions[i - 1]!.label}`)}</a>` : '—'}</td>
      </tr>`,
    )}</tbody>
  </table></div>`;
}

export function linkedList(
  tenantId: string,
  doc: {
    linked: { key: string; titleJa: string; titleEn: string; visibility: string }[];
    thirdPartyTerms: ThirdPartyTerms[];
  },
  lang: Lang,
): Html {
  const t = tr(lang);
  if (doc.linked.length === 0 && doc.thirdPartyTerms.length === 0) return html``;
  return html`<h2>${t('関連する文書・外部サービスの規約', 'Related documents and third-party terms')}</h2>
  ${
    doc.linked.length
      ? html`<p>${t('この文書への同意は、次の文書への同意を含みます。', 'Agreeing to this document includes agreeing to:')}</p>
  <ul>${doc.linked.map((l) => html`<li>${l.visibility === 'public' ? html`<a href="/t/${tenantId}/policies/${l.key}">${lang === 'ja' ? l.titleJa : l.titleEn}</a>` : lang === 'ja' ? l.titleJa : l.titleEn}</li>`)}</ul>`
      : ''
  }
  ${doc.thirdPartyTerms.length ? html`<p>${t('利用にあたっては、次の外部サービスの規約にも同意いただきます。', 'Using the service also means accepting:')}</p>${thirdPartyList(doc.thirdPartyTerms, lang)}` : ''}`;
}

const actionNames: Record<RuleAction, { ja: string; en: string }> = {
  delete: { ja: '削除', en: 'delete' },
  hide: { ja: '非表示', en: 'hide' },
  block: { ja: 'ブロック', en: 'block' },
  suspend: { ja: '利用停止', en: 'suspend' },
  refuse: { ja: '利用の拒否', en: 'refuse' },
};

/** POL-RULESET: the version's categories, each with the actions it allows. */
export function ruleTable(rules: PolicyRule[], lang: Lang): Html {
  if (rules.length === 0) return html``;
  const t = tr(lang);
  return html`<h2>${t('対象となる区分と対応', 'Categories and the actions they allow')}</h2>
  <div class="table-wrap" tabindex="0" role="region" aria-label="${t('対象となる区分と対応', 'Categories and actions')}"><table>
    <thead><tr><th scope="col">${t('区分', 'Category')}</th><th scope="col">${t('内容', 'Description')}</th><th scope="col">${t('対応', 'Actions')}</th></tr></thead>
    <tbody>${rules.map(
      (r) =>
        html`<tr><th scope="row">${r.categoryId}</th><td>${lang === 'ja' ? r.labelJa : r.labelEn}</td><td>${r.actions.map((a) => actionNames[a][lang]).join(lang === 'ja' ? '・' : ', ')}</td></tr>`,
    )}</tbody>
  </table></div>`;
}
