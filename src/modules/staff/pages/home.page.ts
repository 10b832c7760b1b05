import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { errorSummary, textField } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import type { AppError } from '../../../kernel/errors.ts';
import { can } from '../../../kernel/policy/authorize.ts';
import { findTenant, listOffices } from '../../tenants/index.ts';
import { changePassword } from '../change-password.ts';
import { getStaff } from '../manage-staff.ts';
import { logout } from '../sessions.ts';
import { clearSessionCookie } from '../staff.session.ts';
import { formBody, formFailure, principalOf, roleNames, statusOf } from './page-helpers.ts';

function passwordPage(c: Context<AppEnv>, o: { error?: AppError; done?: boolean }) {
  const tr = t(c);
  const lang = c.get('lang');
  const hint = tr(
    '8文字以上で、英字・数字・記号をすべて含め、推測されにくいものにしてください。最近使った5つのパスワードは使えません。',
    'At least 8 characters, combining letters, digits and symbols, and hard to guess. None of your last 5 passwords.',
  );
  const body = html`${o.done ? html`<div class="notice ok" role="status"><p>${tr('パスワードを変更しました。他の端末のログインは終了しました。', 'Your password has been changed. Your other sessions have ended.')}</p></div>` : ''}
  ${errorSummary(o.error, lang)}
  <form method="post" action="/staff/password" novalidate>
    ${csrfField(c.get('csrfToken'))}
    ${textField({ name: 'current', label: tr('現在のパスワード', 'Current password'), type: 'password', required: true, autocomplete: 'current-password', issues: o.error?.issues, lang })}
    ${textField({ name: 'next', label: tr('新しいパスワード', 'New password'), type: 'password', required: true, autocomplete: 'new-password', hint, issues: o.error?.issues, lang })}
    <div class="actions"><button type="submit">${tr('変更する', 'Change password')}</button><a href="/staff">${tr('戻る', 'Back')}</a></div>
  </form>`;
  return renderPage(c, {
    title: tr('パスワードの変更', 'Change your password'),
    body,
    status: o.error ? statusOf(o.error) : 200,
  });
}

export function homePages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();

  app.get('/staff', async (c) => {
    const tr = t(c);
    const lang = c.get('lang');
    const principal = principalOf(c);
    const [me, tenant, offices] = await Promise.all([
      getStaff(ctx, { tenantId: principal.tenantId, staffId: principal.staffId }),
      findTenant(ctx.db, principal.tenantId),
      listOffices(ctx.db, principal.tenantId),
    ]);
    const myOffices = offices.filter((o) => me.office_ids.includes(o.id));
    const links: [string, string, string, boolean][] = [
      ['/staff/policies', 'ポリシーと規約', 'Policies and terms', can(principal, 'policy.read')],
      ['/staff/consents', '同意記録', 'Consent records', can(principal, 'consent.read')],
      ['/staff/bookings', '相談予約', 'Consultation bookings', can(principal, 'booking.read')],
      ['/staff/admin', '事業所と職員の管理', 'Offices and staff', can(principal, 'staff.manage')],
      [
        '/staff/bookings/settings',
        '予約の設定と休業日',
        'Booking settings and closures',
        can(principal, 'tenant.manage'),
      ],
      ['/staff/outbox', '送信箱', 'Outbox', can(principal, 'outbox.read')],
      ['/staff/password', 'パスワードの変更', 'Change your password', true],
      [
        '/staff/totp',
        me.totp_enabled_at ? '2段階認証（有効）' : '2段階認証を設定する',
        me.totp_enabled_at ? 'Two-step login (on)' : 'Set up two-step login',
        true,
      ],
    ];
    const body = html`${c.req.query('totp') === 'enabled' ? html`<div class="notice ok" role="status"><p>${tr('2段階認証を有効にしました。', 'Two-step login is now on.')}</p></div>` : ''}
    <dl>
      <dt>${tr('氏名', 'Name')}</dt><dd>${me.display_name}</dd>
      <dt>${tr('メールアドレス', 'E-mail address')}</dt><dd>${me.email}</dd>
      <dt>${tr('団体', 'Organisation')}</dt><dd>${tenant ? (lang === 'ja' ? tenant.name_ja : tenant.name_en) : principal.tenantId}</dd>
      <dt>${tr('役割', 'Roles')}</dt><dd>${roleNames(me.roles, lang)}</dd>
      <dt>${tr('担当事業所', 'Offices')}</dt><dd>${myOffices.length ? myOffices.map((o) => (lang === 'ja' ? o.name_ja : o.name_en)).join('、') : tr('すべての事業所', 'All offices')}</dd>
    </dl>
    <h2>${tr('メニュー', 'Menu')}</h2>
    <ul>${links.filter(([, , , shown]) => shown).map(([href, ja, en]) => html`<li><a href="${href}">${tr(ja, en)}</a></li>`)}</ul>`;
    return renderPage(c, { title: tr('職員ホーム', 'Staff home'), body });
  });

  app.post('/staff/logout', async (c) => {
    const sessionId = c.get('sessionId');
    if (sessionId) await logout(ctx, { sessionId });
    clearSessionCookie(c);
    return c.redirect('/staff/login?loggedOut=1', 303);
  });

  app.get('/staff/password', (c) => passwordPage(c, {}));
  app.post('/staff/password', async (c) => {
    const principal = principalOf(c);
    const form = await formBody(c);
    try {
      await changePassword(ctx, {
        staffId: principal.staffId,
        current: typeof form.current === 'string' ? form.current : '',
        next: typeof form.next === 'string' ? form.next : '',
        keepSessionId: c.get('sessionId'),
      });
      return passwordPage(c, { done: true });
    } catch (error) {
      return passwordPage(c, { error: formFailure(error) });
    }
  });
  return app;
}
