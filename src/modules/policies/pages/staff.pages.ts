import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { errorSummary, formToObject, textArea, textField } from '../../../http/pages/forms.ts';
import { type Html, renderPage } from '../../../http/pages/layout.ts';
import { formError } from '../../../http/pages/staff-page.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { authorize, type Permission, type Principal } from '../../../kernel/policy/authorize.ts';
import { toWallTime } from '../../../kernel/time/zoned.ts';
import { createDraftVersion } from '../create-draft-version.ts';
import { diffVersions } from '../diff-versions.ts';
import { getDocumentHistory, getVersion } from '../get-document-history.ts';
import { listPolicyDocuments } from '../list-documents.ts';
import { publishVersionNow } from '../publish-version-now.ts';
import { scheduleVersion } from '../schedule-version.ts';
import { updateDraft } from '../update-draft.ts';
import { diffBlock, policyText, stateName, titleOf, when } from './render.ts';
import { historyTable, ruleTable } from './sections.ts';

// The staff console for documents and versions. A staff member only ever sees their own tenant: keys
// are looked up inside principal.tenantId, so another tenant's document is simply not found.

function staffOf(c: Context<AppEnv>, permission: Permission): Principal {
  const principal = c.get('principal');
  return authorize(principal, permission, { tenantId: principal?.tenantId ?? '' });
}
const actorOf = (p: Principal) => ({ kind: 'staff', id: p.staffId, tenantId: p.tenantId }) as const;

export function staffPolicyPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();

  app.get('/staff/policies', async (c) => {
    const p = staffOf(c, 'policy.read');
    const tr = t(c);
    const lang = c.get('lang');
    const docs = await listPolicyDocuments(ctx.db, {
      tenantId: p.tenantId,
      audience: 'staff',
      at: ctx.clock.now(),
    });
    const body = html`<div class="table-wrap" tabindex="0" role="region" aria-label="${tr('文書の一覧', 'Documents')}"><table>
      <thead><tr><th scope="col">${tr('文書', 'Document')}</th><th scope="col">${tr('公開範囲', 'Visibility')}</th><th scope="col">${tr('版', 'Versions')}</th></tr></thead>
      <tbody>${docs.map(
        (d) => html`<tr><th scope="row"><a href="/staff/policies/${d.key}">${titleOf(d, lang)}</a></th>
          <td>${d.visibility === 'public' ? tr('公開', 'Public') : tr('内部', 'Internal')}</td>
          <td>${d.versions.map((v) => `${v.label}（${stateName(v.state, lang)}）`).join('、') || '—'}</td></tr>`,
      )}</tbody></table></div>
      <p><a href="/staff/consents">${tr('同意記録を検索する', 'Search consent records')}</a></p>`;
    return renderPage(c, { title: tr('ポリシー・利用規約の管理', 'Policies and terms'), body });
  });

  app.get('/staff/policies/:key', async (c) => {
    const p = staffOf(c, 'policy.read');
    const tr = t(c);
    const lang = c.get('lang');
    const page = await getDocumentHistory(ctx.db, {
      tenantId: p.tenantId,
      documentKey: c.req.param('key'),
      audience: 'staff',
      at: ctx.clock.now(),
    });
    const key = page.document.key;
    const body = html`<p>${tr('キー', 'Key')}: ${key} ／ ${page.document.visibility === 'public' ? html`<a href="/t/${p.tenantId}/policies/${key}">${tr('公開ページ', 'Public page')}</a>` : tr('内部文書', 'Internal document')}</p>
      ${historyTable(`/staff/policies/${key}`, page.versions, lang)}
      <div class="actions"><a class="button" href="/staff/policies/${key}/new">${tr('新しい版の下書きを作る', 'Start a new draft')}</a></div>`;
    return renderPage(c, { title: titleOf(page.document, lang), body });
  });

  app.get('/staff/policies/:key/diff', async (c) => {
    const p = staffOf(c, 'policy.read');
    const tr = t(c);
    const lang = c.get('lang');
    const diff = await diffVersions(ctx.db, {
      tenantId: p.tenantId,
      documentKey: c.req.param('key'),
      from: c.req.query('from') ?? '',
      to: c.req.query('to') ?? '',
      audience: 'staff',
    });
    const body = html`${diff.changed ? diffBlock(diff.html, lang) : html`<p>${tr('本文に違いはありません。', 'The texts are the same.')}</p>`}
      <p><a href="/staff/policies/${diff.document.key}">${tr('文書に戻る', 'Back to the document')}</a></p>`;
    return renderPage(c, { title: `${diff.from.label} → ${diff.to.label}`, body });
  });

  const newDraftPage = async (
    c: Context<AppEnv>,
    p: Principal,
    error?: AppError,
    values?: Record<string, unknown>,
  ) => {
    const tr = t(c);
    const lang = c.get('lang');
    const page = await getDocumentHistory(ctx.db, {
      tenantId: p.tenantId,
      documentKey: c.req.param('key') ?? '',
      audience: 'staff',
      at: ctx.clock.now(),
    });
    const str = (k: string, fallback = '') =>
      typeof values?.[k] === 'string' ? (values[k] as string) : fallback;
    const body = html`${errorSummary(error, lang)}
    <form method="post" novalidate>${csrfField(c.get('csrfToken'))}
      ${textField({ name: 'label', label: tr('版の名前', 'Version label'), value: str('label', `v${page.versions.length + 1}`), required: true, hint: tr('例: v3、2027-04', 'e.g. v3, 2027-04'), issues: error?.issues, lang })}
      ${textField({ name: 'summary', label: tr('変更の概要', 'Summary of changes'), value: str('summary'), issues: error?.issues, lang })}
      ${textArea({ name: 'body', label: tr('本文', 'Text'), value: str('body', page.inForce?.body ?? ''), required: true, rows: 20, hint: tr('「# 」で始まる行は見出しになります。', 'Lines starting with "# " become headings.'), issues: error?.issues, lang })}
      <div class="actions"><button type="submit">${tr('下書きを保存', 'Save draft')}</button></div>
    </form>`;
    return renderPage(c, {
      title: `${titleOf(page.document, lang)}：${tr('新しい下書き', 'new draft')}`,
      body,
      status: error ? (error.status as 400) : 200,
    });
  };

  app.get('/staff/policies/:key/new', (c) => newDraftPage(c, staffOf(c, 'policy.edit')));
  app.post('/staff/policies/:key/new', async (c) => {
    const p = staffOf(c, 'policy.edit');
    const form = formToObject(await c.req.parseBody());
    try {
      const input = { ...form, tenantId: p.tenantId, documentKey: c.req.param('key') };
      const draft = await createDraftVersion(ctx, { actor: actorOf(p), input });
      return c.redirect(`/staff/policies/${c.req.param('key')}/versions/${draft.label}`, 303);
    } catch (error) {
      return newDraftPage(c, p, formError(error), form);
    }
  });

  const versionPage = async (
    c: Context<AppEnv>,
    p: Principal,
    o: { error?: AppError; values?: Record<string, unknown>; preview?: boolean; saved?: boolean } = {},
  ) => {
    const tr = t(c);
    const lang = c.get('lang');
    const { document, version } = await getVersion(ctx.db, {
      tenantId: p.tenantId,
      documentKey: c.req.param('key') ?? '',
      label: c.req.param('label') ?? '',
      audience: 'staff',
      at: ctx.clock.now(),
    });
    const base = `/staff/policies/${document.key}/versions/${version.label}`;
    const bodyText = typeof o.values?.body === 'string' ? o.values.body : version.body;
    const summary = typeof o.values?.summary === 'string' ? o.values.summary : version.summary;
    const nextHour = toWallTime(new Date(ctx.clock.now().getTime() + 24 * 3600_000));
    const effective =
      typeof o.values?.effectiveAt === 'string' ? o.values.effectiveAt : `${nextHour.date}T09:00`;
    let main: Html;
    if (version.state === 'draft') {
      main = html`${o.saved ? html`<div class="notice ok" role="status"><p>${tr('下書きを保存しました。', 'The draft has been saved.')}</p></div>` : ''}
      <form method="post" action="${base}" novalidate>${csrfField(c.get('csrfToken'))}
        ${textField({ name: 'summary', label: tr('変更の概要', 'Summary of changes'), value: summary, issues: o.error?.issues, lang })}
        ${textArea({ name: 'body', label: tr('本文', 'Text'), value: bodyText, required: true, rows: 20, issues: o.error?.issues, lang })}
        <div class="actions">
          <button type="submit" name="action" value="save">${tr('下書きを保存', 'Save draft')}</button>
          <button type="submit" name="action" value="preview" class="secondary">${tr('プレビュー', 'Preview')}</button>
        </div>
      </form>
      ${o.preview ? html`<section aria-labelledby="preview-title"><h2 id="preview-title">${tr('プレビュー（未保存）', 'Preview (not saved)')}</h2><div lang="ja">${policyText(bodyText, 3)}</div></section>` : ''}
      ${ruleTable(version.rules, lang)}
      <h2>${tr('施行日時を予約する', 'Schedule')}</h2>
      <p>${tr('予約すると本文は変更できなくなり、施行日時まで公開ページで改定のお知らせが表示されます。', 'Once scheduled, the text can no longer change, and the public page announces the change until the date.')}</p>
      <form method="post" action="${base}/schedule" novalidate>${csrfField(c.get('csrfToken'))}
        ${textField({ name: 'effectiveAt', type: 'datetime-local', label: tr('施行日時（日本時間）', 'Effective date-time (Japan time)'), value: effective, required: true, issues: o.error?.issues, lang })}
        <div class="actions"><button type="submit">${tr('施行日時を予約する', 'Schedule')}</button></div>
      </form>
      <h2>${tr('すぐに施行する', 'Publish now')}</h2>
      <form method="post" action="${base}/publish">${csrfField(c.get('csrfToken'))}
        <div class="actions"><button type="submit" class="danger">${tr('今すぐ公開して施行する', 'Publish and put in force now')}</button></div>
      </form>`;
    } else {
      main = html`<p>${stateName(version.state, lang)} ／ ${tr('施行日時', 'Effective')}: ${when(version.effectiveAt, lang)} ／ ${tr('公開日時', 'Published')}: ${when(version.publishedAt, lang)}</p>
      <p class="muted">${tr('公開済みの版は変更できません。', 'A published version cannot be changed.')}</p>
      ${version.summary ? html`<p>${tr('変更の概要', 'Summary of changes')}: ${version.summary}</p>` : ''}
      <div lang="ja">${policyText(version.body)}</div>
      ${ruleTable(version.rules, lang)}`;
    }
    const body = html`${errorSummary(o.error, lang)}${main}<p><a href="/staff/policies/${document.key}">${tr('文書に戻る', 'Back to the document')}</a></p>`;
    return renderPage(c, {
      title: `${titleOf(document, lang)}（${version.label}・${stateName(version.state, lang)}）`,
      body,
      status: o.error ? (o.error.status as 400) : 200,
    });
  };

  app.get('/staff/policies/:key/versions/:label', (c) => versionPage(c, staffOf(c, 'policy.read')));

  app.post('/staff/policies/:key/versions/:label', async (c) => {
    const p = staffOf(c, 'policy.edit');
    const form = formToObject(await c.req.parseBody());
    if (form.action === 'preview') return versionPage(c, p, { values: form, preview: true });
    try {
      const input = {
        ...form,
        tenantId: p.tenantId,
        documentKey: c.req.param('key'),
        label: c.req.param('label'),
      };
      await updateDraft(ctx, { actor: actorOf(p), input });
      return versionPage(c, p, { saved: true });
    } catch (error) {
      return versionPage(c, p, { error: formError(error), values: form });
    }
  });

  app.post('/staff/policies/:key/versions/:label/schedule', async (c) => {
    const p = staffOf(c, 'policy.publish');
    const form = formToObject(await c.req.parseBody());
    try {
      const input = {
        ...form,
        tenantId: p.tenantId,
        documentKey: c.req.param('key'),
        label: c.req.param('label'),
      };
      await scheduleVersion(ctx, { actor: actorOf(p), input });
      return c.redirect(`/staff/policies/${c.req.param('key')}`, 303);
    } catch (error) {
      return versionPage(c, p, { error: formError(error), values: form });
    }
  });

  app.post('/staff/policies/:key/versions/:label/publish', async (c) => {
    const p = staffOf(c, 'policy.publish');
    try {
      const input = { tenantId: p.tenantId, documentKey: c.req.param('key'), label: c.req.param('label') };
      await publishVersionNow(ctx, { actor: actorOf(p), input });
      return c.redirect(`/staff/policies/${c.req.param('key')}`, 303);
    } catch (error) {
      return versionPage(c, p, { error: formError(error) });
    }
  });

  return app;
}
