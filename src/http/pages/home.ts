import { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppContext } from '../../context.ts';
import { listTenants } from '../../modules/tenants/index.ts';
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
  return app;
}
