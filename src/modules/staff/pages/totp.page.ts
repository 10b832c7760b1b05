import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../../../context.ts';
import { csrfField } from '../../../http/csrf.ts';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../http/i18n.ts';
import { errorSummary, textField } from '../../../http/pages/forms.ts';
import { renderPage } from '../../../http/pages/layout.ts';
import { AppError } from '../../../kernel/errors.ts';
import { type SecondFactorState, secondFactorState, verifySecondFactor } from '../second-factor.ts';
import { clearSessionCookie } from '../staff.session.ts';
import { formBody, formFailure, statusOf } from './page-helpers.ts';

const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

function totpPage(c: Context<AppEnv>, state: SecondFactorState, error?: AppError) {
  const tr = t(c);
  const lang = c.get('lang');
  const title = state.setup
    ? tr('2段階認証の設定', 'Set up two-step login')
    : tr('確認コードの入力', 'Enter your verification code');
  if (!state.pending && state.totpEnabled) {
    const body = html`<div class="notice ok" role="status"><p>${tr('2段階認証は有効です。', 'Two-step login is on.')}</p></div>
    <p><a href="/staff">${tr('職員ホームへ', 'Back to the staff home')}</a></p>`;
    return renderPage(c, { title, body });
  }
  const setup = state.setup
    ? html`<ol>
      <li>${tr('スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator など）を開きます。', 'Open an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, …).')}</li>
      <li>${tr('「セットアップキーを入力」を選び、次のキーを入力します（時間ベース）。', 'Choose "enter a setup key" and type the key below (time-based).')}
        <p><strong>${tr('セットアップキー', 'Setup key')}:</strong> <code id="totp-secret">${grouped(state.setup.secret)}</code></p></li>
      <li>${tr('アプリに表示された6桁のコードを下に入力します。', 'Enter the 6-digit code the app shows below.')}</li>
    </ol>
    <div class="field"><label for="totp-uri">${tr('設定用URI（URIを読み込めるアプリ向け）', 'Setup URI (for apps that accept one)')}</label>
      <textarea id="totp-uri" rows="3" readonly>${state.setup.uri}</textarea></div>`
    : html`<p>${tr('認証アプリに表示されている6桁のコードを入力してください。', 'Enter the 6-digit code shown in your authenticator app.')}</p>`;
  const body = html`${errorSummary(error, lang)}
  ${state.pending && state.setup ? html`<div class="notice"><p>${tr('管理者・承認者は2段階認証が必要です。設定が終わるまで他の画面は使えません。', 'Administrators and approvers must use two-step login. The other pages open once it is set up.')}</p></div>` : ''}
  ${setup}
  <form method="post" action="/staff/totp" novalidate>
    ${csrfField(c.get('csrfToken'))}
    ${textField({ name: 'code', label: tr('確認コード（6桁）', 'Verification code (6 digits)'), required: true, autocomplete: 'one-time-code', inputmode: 'numeric', issues: error?.issues, lang })}
    <div class="actions"><button type="submit">${tr('確認', 'Verify')}</button></div>
  </form>
  ${state.pending ? html`<form method="post" action="/staff/logout">${csrfField(c.get('csrfToken'))}<button class="secondary" type="submit">${tr('ログアウト', 'Log out')}</button></form>` : ''}`;
  return renderPage(c, { title, body, status: error ? statusOf(error) : 200 });
}

export function totpPages(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  const sessionIdOf = (c: Context<AppEnv>) => {
    const sessionId = c.get('sessionId');
    if (!sessionId) throw new AppError('unauthenticated');
    return sessionId;
  };
  app.get('/staff/totp', async (c) =>
    totpPage(c, await secondFactorState(ctx, { sessionId: sessionIdOf(c) })),
  );
  app.post('/staff/totp', async (c) => {
    const sessionId = sessionIdOf(c);
    const form = await formBody(c);
    try {
      const { enabledNow } = await verifySecondFactor(ctx, { sessionId, code: form.code });
      return c.redirect(enabledNow ? '/staff?totp=enabled' : '/staff', 303);
    } catch (error) {
      const failure = formFailure(error);
      if (failure.code === 'locked' || failure.code === 'unauthenticated') {
        clearSessionCookie(c);
        const body = html`<div class="notice error" role="alert"><p>${failure.userMessage[c.get('lang')]}</p></div>
        <p><a href="/staff/login">${t(c)('ログイン画面へ', 'Go to the login page')}</a></p>`;
        return renderPage(c, {
          title: t(c)('ログインできません', 'Cannot log in'),
          body,
          status: statusOf(failure),
        });
      }
      return totpPage(c, await secondFactorState(ctx, { sessionId }), failure);
    }
  });
  return app;
}
