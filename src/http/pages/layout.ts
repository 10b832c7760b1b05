import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { csrfField } from '../csrf.ts';
import type { AppEnv } from '../env.ts';
import { t } from '../i18n.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageOptions {
  title: string;
  body: Html;
  status?: 200 | 400 | 401 | 403 | 404 | 409 | 422 | 423 | 500;
}

function switchLangHref(c: Context<AppEnv>, to: 'ja' | 'en'): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', to);
  return `${url.pathname}${url.search}`;
}

function staffNav(c: Context<AppEnv>): Html {
  const principal = c.get('principal');
  if (!principal) return html``;
  const tr = t(c);
  const links: [string, string, string][] = [
    ['/staff', 'ホーム', 'Home'],
    ['/staff/policies', 'ポリシー', 'Policies'],
    ['/staff/consents', '同意記録', 'Consents'],
    ['/staff/bookings', '相談予約', 'Bookings'],
    ['/staff/admin', '管理', 'Administration'],
    ['/staff/outbox', '送信箱', 'Outbox'],
    ['/staff/audit', '監査ログ', 'Audit log'],
  ];
  return html`<nav class="staff" aria-label="${tr('職員メニュー', 'Staff menu')}"><ul>
    ${links.map(([href, ja, en]) => html`<li><a href="${href}">${tr(ja, en)}</a></li>`)}
    <li><form class="inline" method="post" action="/staff/logout">${csrfField(c.get('csrfToken'))}<button class="secondary" type="submit">${tr('ログアウト', 'Log out')}</button></form></li>
  </ul></nav>`;
}

/** The one page shell: skip link, header with the language switch, staff menu, main, footer. */
export function renderPage(c: Context<AppEnv>, options: PageOptions) {
  const lang = c.get('lang');
  const tr = t(c);
  const other = lang === 'ja' ? 'en' : 'ja';
  const page = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} | madoguchi</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<a class="skip" href="#main">${tr('本文へ移動', 'Skip to main content')}</a>
<header class="site"><div class="bar">
  <a class="brand" href="/">madoguchi <span lang="ja">窓口</span></a>
  <nav class="lang" aria-label="${tr('言語', 'Language')}"><ul><li><a href="${switchLangHref(c, other)}" lang="${other}" hreflang="${other}">${other === 'en' ? 'English' : '日本語'}</a></li></ul></nav>
</div></header>
${staffNav(c)}
<main id="main">
<h1>${options.title}</h1>
${options.body}
</main>
<footer class="site"><p>${raw('madoguchi &middot; ')}${tr('オープンソースの相談窓口基盤', 'an open-source service counter')}</p></footer>
</body>
</html>`;
  return c.html(page, options.status ?? 200);
}
