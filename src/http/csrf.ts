import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { AppError } from '../kernel/errors.ts';
import type { AppEnv } from './env.ts';

// Every browser gets a random cookie; forms carry an HMAC of it (`_csrf`), scripts send it as the
// X-CSRF-Token header. Cookie-less JSON API calls (no ambient authority to abuse) need none.
export const CSRF_COOKIE = 'mg_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function csrfTokenFor(secret: string, seed: string): string {
  return createHmac('sha256', secret).update(`csrf:${seed}`).digest('base64url');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function csrfProtection(secret: string, secureCookies: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    const isForm =
      type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
    // A cookie-less call to the JSON API has nothing to protect and renders no form: no cookie, no token.
    if (!isForm && !c.req.header('cookie') && c.req.path.startsWith('/api/')) return next();
    let seed = getCookie(c, CSRF_COOKIE);
    if (!seed) {
      seed = randomBytes(18).toString('base64url');
      setCookie(c, CSRF_COOKIE, seed, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secureCookies });
    }
    const expected = csrfTokenFor(secret, seed);
    c.set('csrfToken', expected);
    if (UNSAFE.has(c.req.method)) {
      // A form can be posted from any site, so forms always need the token; other requests need it
      // when they carry cookies (a session), since only then is there authority to borrow.
      if (isForm || c.req.header('cookie')) {
        let sent = c.req.header('x-csrf-token');
        if (!sent && isForm) {
          const body = await c.req.parseBody();
          sent = typeof body._csrf === 'string' ? body._csrf : undefined;
        }
        if (!sent || !getCookie(c, CSRF_COOKIE) || !sameToken(sent, expected)) throw new AppError('csrf');
      }
    }
    await next();
  };
}

/** The hidden field every form includes. */
export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;
