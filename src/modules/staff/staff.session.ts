import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { AppError } from '../../kernel/errors.ts';
import { findSession } from './sessions.ts';

export const SESSION_COOKIE = 'mg_session';

/** Pages under /staff that need no session. */
const OPEN_PATHS = new Set(['/staff/login']);
/** Pages a session with a pending second factor may reach. */
const SECOND_FACTOR_PATHS = new Set(['/staff/totp', '/staff/logout']);

const isStaffPath = (path: string) => path === '/staff' || path.startsWith('/staff/');
const wantsJson = (c: Context<AppEnv>) => (c.req.header('accept') ?? '').includes('application/json');

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  const secure = c.get('app').config.BASE_URL.startsWith('https://');
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/**
 * Login answers only requests from our own pages. Cross-site POSTs carry no SameSite=Lax cookie, so
 * the CSRF check does not see them; without this a foreign page could log a browser in as someone
 * else (login CSRF). Browsers send Sec-Fetch-Site (and Origin, which is "null" under our
 * no-referrer policy); scripts and the CLI send neither.
 */
export function assertSameOrigin(c: Context<AppEnv>): void {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('csrf');
  const origin = c.req.header('origin');
  const ours = [new URL(c.req.url).origin, new URL(c.get('app').config.BASE_URL).origin];
  if (!site && origin && origin !== 'null' && !ours.includes(origin)) throw new AppError('csrf');
}

/** Only same-site staff paths: never an open redirect. */
export function safeNext(next: string | undefined): string {
  return next && /^\/staff(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(next) && !next.startsWith('//')
    ? next
    : '/staff';
}

/**
 * Reads the session cookie (or an `Authorization: Bearer` token from an API client) and sets
 * `principal` and `sessionId`; one statement per request. Staff pages without a session go to the
 * login page; a session still waiting for its TOTP code goes to the code page.
 */
export function staffSession(ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const bearer = c.req.header('authorization')?.match(/^Bearer ([\w-]{20,100})$/)?.[1];
    const token = cookie ?? bearer;
    if (token) {
      const session = await findSession(ctx.db, ctx.clock, token);
      if (session) {
        c.set('sessionId', session.sessionId);
        c.set('principal', session.principal);
      } else if (cookie) {
        clearSessionCookie(c);
      }
    }
    const path = c.req.path;
    if (isStaffPath(path) && !OPEN_PATHS.has(path) && !c.get('principal')) {
      const pendingSecondFactor = Boolean(c.get('sessionId'));
      if (pendingSecondFactor && SECOND_FACTOR_PATHS.has(path)) return next();
      if (wantsJson(c)) throw new AppError('unauthenticated');
      if (pendingSecondFactor) return c.redirect('/staff/totp', 303);
      const target = c.req.method === 'GET' && path !== '/staff' ? `?next=${encodeURIComponent(path)}` : '';
      return c.redirect(`/staff/login${target}`, 303);
    }
    await next();
  };
}
