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
import { login } from '../login.ts';
import { assertSameOrigin, safeNext, setSessionCookie } from '../staff.session.ts';
import { formBody, formFailure, statusOf } from './page-helpers.ts';

function loginPage(
  c: Context<AppEnv>,
  o: { email?: string; next?: string; error?: AppError; notice?: string },
) {
  const tr = t(c);
  const lang = c.get('lang');
  const body = html`${o.notice ? html`<div class="notice ok" role="status"><p>${o.notice}</p></div>` : ''}
  ${errorSummary(o.error, lang)}
  <form method="post" action="/staff/login" novalidate>
    ${csrfField(c.get('csrfToken'))}
    <input type="hidden" name="next" value="${safeNext(o.next)}">
    ${textField({ name: 'email', label: tr('メールアドレス', 'E-mail address'), type: 'email', value: o.email, required: true, autocomplete: 'username', issues: o.error?.issues, lang })}
    ${textField({ name: 'password', label: tr('パスワード', 'Password'), type: 'password', required: true, autocomplete: 'current-password', issues: o.error?.issues, lang })}
    <div class="actions"><button type="submit">${tr('ログイン', 'Log in')}</button></div>
  </form>
  <p class="muted">${tr(
    '5回続けて失敗すると15分間ログインできなくなります。管理者・承認者はこの後に確認コード（2段階認証）を入力します。',
    'After 5 failed attempts in a row, logging in is blocked for 15 minutes. Administrators and approvers enter a verification code (two-step login) next.',
  )}</p>`;
  return renderPage(c, {
    title: tr('職員ログイン', 'Staff login'),
    body,
    status: o.error ? statusOf(o.error) : 200,
  });
}

export function loginPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  app.get('/staff/login', (c) => {
    if (c.get('principal')) return c.redirect('/staff', 303);
    const notice = c.req.query('loggedOut')
      ? t(c)('ログアウトしました。', 'You have logged out.')
      : undefined;
    return loginPage(c, { next: c.req.query('next'), ...(notice ? { notice } : {}) });
  });
  app.post('/staff/login', async (c) => {
    assertSameOrigin(c);
    const form = await formBody(c);
    const email = typeof form.email === 'string' ? form.email : '';
    const next = typeof form.next === 'string' ? form.next : undefined;
    try {
      const session = await login(ctx, {
        email,
        password: typeof form.password === 'string' ? form.password : '',
        userAgent: c.req.header('user-agent') ?? null,
      });
      setSessionCookie(c, session.token, session.expiresAt);
      return c.redirect(session.secondFactor === 'none' ? safeNext(next) : '/staff/totp', 303);
    } catch (error) {
      return loginPage(c, { email, ...(next ? { next } : {}), error: formFailure(error) });
    }
  });
  return app;
}
