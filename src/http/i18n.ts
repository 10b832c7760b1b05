import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Message } from '../kernel/errors.ts';
import type { AppEnv, Lang } from './env.ts';

export const LANG_COOKIE = 'mg_lang';

/** Japanese first: ?lang=en (remembered in a cookie) or a cookie switches to English. */
export function detectLang(c: Context<AppEnv>): Lang {
  const asked = c.req.query('lang');
  if (asked === 'ja' || asked === 'en') {
    setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 60 * 60 * 24 * 365 });
    return asked;
  }
  const remembered = getCookie(c, LANG_COOKIE);
  if (remembered === 'ja' || remembered === 'en') return remembered;
  if (c.req.path.startsWith('/api/')) {
    const accept = c.req.header('accept-language') ?? '';
    if (/^en\b/i.test(accept.trim())) return 'en';
  }
  return 'ja';
}

/** `t({ ja, en })` or `t('日本語', 'English')` in the request's language. */
export function translator(lang: Lang) {
  return (ja: string | Message, en?: string): string =>
    typeof ja === 'string' ? (lang === 'ja' ? ja : (en ?? ja)) : ja[lang];
}

export const t = (c: Context<AppEnv>) => translator(c.get('lang'));
