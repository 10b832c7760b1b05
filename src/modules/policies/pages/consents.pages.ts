import { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { selectField, textField } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { authorize } from '../../../kernel/policy/authorize.ts';
import { listConsents } from '../list-consents.ts';
import { listPolicyDocuments } from '../list-documents.ts';
import { when } from './render.ts';

const kindNames = {
  explicit: { ja: '明示の同意', en: 'explicit' },
  deemed: { ja: 'みなし同意', en: 'deemed' },
};

/** The consent search: who agreed to which version, when, how and through which channel. */
export function staffConsentPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  app.get('/staff/consents', async (c) => {
    const principal = c.get('principal');
    const p = authorize(principal, 'consent.read', { tenantId: principal?.tenantId ?? '' });
    const tr = t(c);
    const lang = c.get('lang');
    const ref = (c.req.query('ref') ?? '').trim();
    const documentKey = c.req.query('document') ?? '';
    const documents = await listPolicyDocuments(ctx.db, {
      tenantId: p.tenantId,
      audience: 'staff',
      at: ctx.clock.now(),
    });
    const known = documents.some((d) => d.key === documentKey);
    const rows = await listConsents(ctx.db, {
      tenantId: p.tenantId,
      ...(ref ? { subject: { ref: ref.includes('@') ? ref.toLowerCase() : ref } } : {}),
      ...(known ? { documentKey } : {}),
      limit: 200,
    });
    const options = [
      { value: '', label: tr('すべての文書', 'All documents') },
      ...documents.map((d) => ({ value: d.key, label: lang === 'ja' ? d.titleJa : d.titleEn })),
    ];
    const body = html`<form method="get" role="search">
      ${textField({ name: 'ref', type: 'search', label: tr('利用者の識別子（メールアドレス、求職者番号など）', 'Subject (e-mail address, job-seeker number, …)'), value: ref, lang })}
      ${selectField({ name: 'document', label: tr('文書', 'Document'), value: known ? documentKey : '', options, lang })}
      <div class="actions"><button type="submit">${tr('検索する', 'Search')}</button></div>
    </form>
    <p role="status">${tr(`${rows.length}件`, `${rows.length} record(s)`)}${rows.length === 200 ? tr('（新しい順に200件まで）', ' (newest 200)') : ''}</p>
    <div class="table-wrap" tabindex="0" role="region" aria-label="${tr('同意記録', 'Consent records')}"><table>
      <thead><tr><th scope="col">${tr('日時', 'When')}</th><th scope="col">${tr('利用者', 'Subject')}</th><th scope="col">${tr('文書・版', 'Document, version')}</th><th scope="col">${tr('種類', 'Kind')}</th><th scope="col">${tr('経路', 'Channel')}</th><th scope="col">${tr('外部規約', 'Third-party terms')}</th></tr></thead>
      <tbody>${rows.map(
        (r) => html`<tr>
          <td>${when(r.recorded_at, lang)}</td>
          <td>${r.subject_kind}: ${r.subject_ref}</td>
          <td>${lang === 'ja' ? r.document_title_ja : r.document_title_en}（${r.version_label}）</td>
          <td>${kindNames[r.kind][lang]}${r.act ? html`<br><span class="muted">${r.act}</span>` : ''}${r.linked_from ? html`<br><span class="muted">${tr('関連文書として', 'as a linked document')}</span>` : ''}</td>
          <td>${r.channel}</td>
          <td>${r.third_party_terms.map((x) => x.name).join('、') || '—'}</td>
        </tr>`,
      )}</tbody>
    </table></div>`;
    return renderPage(c, { title: tr('同意記録の検索', 'Consent records'), body });
  });
  return app;
}
