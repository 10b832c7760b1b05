import { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../kernel/errors.ts';
import { findTenant, listOffices, listTenants } from '../../modules/tenants/index.ts';
import type { AppEnv } from '../env.ts';
import { t } from '../i18n.ts';
import { renderPage } from './layout.ts';

export function homeRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  app.get('/', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenants = await listTenants(ctx.db);
    const body = html`<p>${tr(
      'オンライン相談の予約、ポリシーと利用規約の公開、職員向けの管理画面を提供します。',
      'Online consultation bookings, published policies and terms, and a console for staff.',
    )}</p>
    <h2>${tr('団体', 'Organisations')}</h2>
    ${tenants.length === 0 ? html`<p>${tr('まだ団体が登録されていません。', 'No organisation yet.')}</p>` : ''}
    <ul>${tenants.map(
      (tenant) =>
        html`<li><a href="/t/${tenant.id}">${lang === 'ja' ? tenant.name_ja : tenant.name_en}</a></li>`,
    )}</ul>
    <h2>${tr('職員の方', 'Staff')}</h2>
    <p><a href="/staff/login">${tr('職員ログイン', 'Staff login')}</a></p>`;
    return renderPage(c, { title: tr('madoguchi 窓口', 'madoguchi service counter'), body });
  });
  app.get('/t/:tenant', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const tenant = await findTenant(ctx.db, c.req.param('tenant'));
    if (!tenant) throw notFound();
    const offices = await listOffices(ctx.db, tenant.id);
    const name = lang === 'ja' ? tenant.name_ja : tenant.name_en;
    const services =
      tenant.kind === 'hellowork'
        ? html`<li><a href="/t/${tenant.id}/book">${tr('オンライン職業相談を予約する', 'Book an online job consultation')}</a></li>`
        : '';
    const body = html`<ul>
      ${services}
      <li><a href="/t/${tenant.id}/policies">${tr('ポリシー・利用規約', 'Policies and terms')}</a></li>
    </ul>
    <h2>${tr('窓口', 'Offices')}</h2>
    <ul>${offices.map(
      (
        o,
      ) => html`<li>${lang === 'ja' ? o.name_ja : o.name_en}: ${tr('電話', 'phone')} <a href="tel:${o.phone}">${o.phone}</a>
        (${o.opens_at.slice(0, 5)}–${o.closes_at.slice(0, 5)}${tr('、土日祝・年末年始を除く', ', closed at weekends, on holidays and over the new year')})</li>`,
    )}</ul>`;
    return renderPage(c, { title: name, body });
  });
  return app;
}
