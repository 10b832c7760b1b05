import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { errorSummary, formToObject, selectField, textField } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { AppError, notFound } from '../../../kernel/errors.ts';
import { findTenant } from '../../tenants/index.ts';
import { diffVersions } from '../diff-versions.ts';
import { getDocumentHistory, getVersion } from '../get-document-history.ts';
import { giveConsent } from '../give-consent.ts';
import { listPolicyDocuments } from '../list-documents.ts';
import { diffBlock, lawAndCourt, policyText, stateName, thirdPartyList, titleOf, when } from './render.ts';
import { changeNoticeBanner, changeNoticeSection, historyTable, linkedList, ruleTable } from './sections.ts';

// POL-PUBLISH: public pages at stable URLs, no login: /t/:tenant/policies/…

async function tenantOr404(ctx: AppContext, id: string) {
  const tenant = await findTenant(ctx.db, id);
  if (!tenant) throw notFound();
  return tenant;
}

export function publicPolicyPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();

  app.get('/t/:tenant/policies', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const documents = await listPolicyDocuments(ctx.db, {
      tenantId: tenant.id,
      audience: 'public',
      at: ctx.clock.now(),
    });
    const body = html`<p>${lang === 'ja' ? tenant.name_ja : tenant.name_en}</p>
    ${documents.length === 0 ? html`<p>${tr('公開している文書はありません。', 'No published documents.')}</p>` : ''}
    <ul>${documents.map(
      (d) => html`<li><a href="/t/${tenant.id}/policies/${d.key}">${titleOf(d, lang)}</a>
        ${d.inForce ? html`<span class="muted">（${d.inForce.label}・${tr('施行', 'effective')} ${when(d.inForce.effectiveAt, lang)}）</span>` : html`<span class="muted">${tr('（施行前）', '(not yet in force)')}</span>`}</li>`,
    )}</ul>`;
    return renderPage(c, { title: tr('ポリシー・利用規約', 'Policies and terms'), body });
  });

  app.get('/t/:tenant/policies/:key', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const page = await getDocumentHistory(ctx.db, {
      tenantId: tenant.id,
      documentKey: c.req.param('key'),
      audience: 'public',
      at: ctx.clock.now(),
    });
    const base = `/t/${tenant.id}/policies/${page.document.key}`;
    const current = page.inForce;
    const body = html`${page.changeNotice ? changeNoticeBanner(page.changeNotice, lang) : ''}
    ${lang === 'en' ? html`<p class="muted">The text of this document is in Japanese.</p>` : ''}
    ${
      current
        ? html`<p>${tr('版', 'Version')}: ${current.label} ／ ${tr('施行日時', 'In force since')}: ${when(current.effectiveAt, lang)}</p>
          <div lang="ja">${policyText(current.body)}</div>
          ${ruleTable(current.rules, lang)}`
        : html`<p>${tr('現在施行中の版はありません。', 'No version is in force yet.')}</p>`
    }
    ${lawAndCourt(page.document, lang)}
    ${linkedList(tenant.id, page.document, lang)}
    ${historyTable(base, page.versions, lang)}
    ${page.changeNotice ? changeNoticeSection(base, page.changeNotice, lang) : ''}
    <p class="no-print"><a href="/t/${tenant.id}/consent/${page.document.key}">${tr('この文書に同意する', 'Agree to this document')}</a></p>`;
    return renderPage(c, { title: titleOf(page.document, lang), body });
  });

  app.get('/t/:tenant/policies/:key/versions/:label', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const { document, version } = await getVersion(ctx.db, {
      tenantId: tenant.id,
      documentKey: c.req.param('key'),
      label: c.req.param('label'),
      audience: 'public',
      at: ctx.clock.now(),
    });
    const body = html`<p>${tr('版', 'Version')}: ${version.label} ／ ${stateName(version.state, lang)} ／ ${tr('施行日時', 'Effective')}: ${when(version.effectiveAt, lang)}</p>
    ${version.state !== 'in_force' ? html`<div class="notice warn"><p>${tr('この版は現在施行中の版ではありません。', 'This is not the version in force.')} <a href="/t/${tenant.id}/policies/${document.key}">${tr('現行の版を見る', 'See the version in force')}</a></p></div>` : ''}
    ${version.summary ? html`<p>${tr('変更の概要', 'Summary of changes')}: ${version.summary}</p>` : ''}
    <div lang="ja">${policyText(version.body)}</div>
    ${ruleTable(version.rules, lang)}
    ${lawAndCourt(document, lang)}`;
    return renderPage(c, { title: `${titleOf(document, lang)}（${version.label}）`, body });
  });

  app.get('/t/:tenant/policies/:key/diff', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant'));
    const key = c.req.param('key');
    const history = await getDocumentHistory(ctx.db, {
      tenantId: tenant.id,
      documentKey: key,
      audience: 'public',
      at: ctx.clock.now(),
    });
    const labels = history.versions.map((v) => v.label);
    const from = c.req.query('from') || labels.at(-2) || labels[0];
    const to = c.req.query('to') || labels.at(-1);
    if (!from || !to) throw notFound();
    const diff = await diffVersions(ctx.db, {
      tenantId: tenant.id,
      documentKey: key,
      from,
      to,
      audience: 'public',
    });
    const options = history.versions.map((v) => ({
      value: v.label,
      label: `${v.label}（${stateName(v.state, lang)}）`,
    }));
    const body = html`<form method="get" class="no-print">
      ${selectField({ name: 'from', label: tr('比較元の版', 'From version'), value: from, options, lang })}
      ${selectField({ name: 'to', label: tr('比較先の版', 'To version'), value: to, options, lang })}
      <div class="actions"><button type="submit">${tr('比較する', 'Compare')}</button></div>
    </form>
    <h2>${diff.from.label} → ${diff.to.label}</h2>
    ${diff.changed ? diffBlock(diff.html, lang) : html`<p>${tr('本文に違いはありません。', 'The texts are the same.')}</p>`}
    <p><a href="/t/${tenant.id}/policies/${key}">${tr('文書に戻る', 'Back to the document')}</a></p>`;
    return renderPage(c, {
      title: `${titleOf(history.document, lang)}：${tr('版の比較', 'compare versions')}`,
      body,
    });
  });

  const consentPage = async (c: Context<AppEnv>, error?: AppError, email?: string) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await tenantOr404(ctx, c.req.param('tenant') ?? '');
    const page = await getDocumentHistory(ctx.db, {
      tenantId: tenant.id,
      documentKey: c.req.param('key') ?? '',
      audience: 'public',
      at: ctx.clock.now(),
    });
    const agreed = c.req.query('agreed');
    const doc = page.document;
    const body = html`${agreed ? html`<div class="notice ok" role="status"><p>${tr(`同意を記録しました（${agreed}）。`, `Your agreement has been recorded (${agreed}).`)}</p></div>` : ''}
    ${errorSummary(error, lang)}
    ${page.changeNotice ? changeNoticeBanner(page.changeNotice, lang) : ''}
    ${
      page.inForce
        ? html`<p>${tr(`「${doc.titleJa}」（${page.inForce.label}、${when(page.inForce.effectiveAt, lang)}施行）をお読みのうえ、同意してください。同意いただけない場合、このサービスはご利用いただけません。`, `Please read "${doc.titleEn}" (${page.inForce.label}, in force since ${when(page.inForce.effectiveAt, lang)}) and agree to it. Without agreement the service cannot be used.`)}</p>
          ${page.inForce.summary ? html`<p>${tr('この版の概要', 'About this version')}: ${page.inForce.summary}</p>` : ''}
          <p><a href="/t/${tenant.id}/policies/${doc.key}">${tr('全文を読む', 'Read the full text')}</a></p>`
        : html`<p>${tr('現在施行中の版がないため、同意を受け付けていません。', 'No version is in force, so no agreement can be recorded.')}</p>`
    }
    ${doc.linked.length ? html`<h2>${tr('同意すると、次の文書にも同意したことになります', 'Agreeing also accepts these documents')}</h2><ul>${doc.linked.map((l) => html`<li>${l.visibility === 'public' ? html`<a href="/t/${tenant.id}/policies/${l.key}">${lang === 'ja' ? l.titleJa : l.titleEn}</a>` : lang === 'ja' ? l.titleJa : l.titleEn}</li>`)}</ul>` : ''}
    ${doc.thirdPartyTerms.length ? html`<h2>${tr('あわせて同意が必要な外部サービスの規約', 'Third-party terms you also accept')}</h2>${thirdPartyList(doc.thirdPartyTerms, lang)}` : ''}
    ${
      page.inForce
        ? html`<form method="post" novalidate>
      ${csrfField(c.get('csrfToken'))}
      ${textField({ name: 'email', label: tr('メールアドレス', 'E-mail address'), type: 'email', value: email ?? '', required: true, autocomplete: 'email', hint: tr('同意の記録に使います。', 'Used to record your agreement.'), issues: error?.issues, lang })}
      <fieldset class="field checks" id="f-agree"${error?.issues.some((i) => i.field === 'agree') ? html` aria-describedby="f-agree-error"` : ''}>
        <legend>${tr('同意の確認', 'Agreement')}</legend>
        ${error?.issues.find((i) => i.field === 'agree') ? html`<p class="error" id="f-agree-error">${error.issues.find((i) => i.field === 'agree')!.message[lang]}</p>` : ''}
        <label for="f-agree-yes"><input type="checkbox" id="f-agree-yes" name="agree" value="yes"> <span>${tr('同意します', 'I agree')}</span></label>
      </fieldset>
      <div class="actions"><button type="submit">${tr('送信する', 'Submit')}</button></div>
    </form>`
        : ''
    }`;
    return renderPage(c, {
      title: `${titleOf(doc, lang)}：${tr('同意', 'agreement')}`,
      body,
      status: error ? (error.status as 400) : 200,
    });
  };

  app.get('/t/:tenant/consent/:key', (c) => consentPage(c));

  app.post('/t/:tenant/consent/:key', async (c) => {
    const tenantId = c.req.param('tenant');
    const input = formToObject(await c.req.parseBody());
    try {
      const result = await giveConsent(ctx, {
        tenantId,
        documentKey: c.req.param('key'),
        channel: 'web',
        input,
      });
      const agreed = encodeURIComponent(result.versionLabel);
      return c.redirect(`/t/${tenantId}/consent/${c.req.param('key')}?agreed=${agreed}`, 303);
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'not_found' || error.code === 'internal')
        throw error;
      return consentPage(c, error, typeof input.email === 'string' ? input.email : '');
    }
  });

  return app;
}
