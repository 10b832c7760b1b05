import type { App } from '../http/app.ts';
import { CSRF_COOKIE, csrfTokenFor } from '../http/csrf.ts';

/**
 * A browser-like client over `app.request()`: keeps cookies, sends the CSRF token with forms the way
 * a page's hidden field would, and follows nothing implicitly (tests look at redirects themselves).
 */
export class TestClient {
  readonly #app: App;
  readonly #secret: string;
  readonly cookies = new Map<string, string>();

  constructor(app: App, secret: string) {
    this.#app = app;
    this.#secret = secret;
  }

  #cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }

  #remember(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return response;
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = { ...this.#cookieHeader(), ...(init.headers as Record<string, string> | undefined) };
    return this.#remember(await this.#app.request(path, { ...init, headers }));
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  async csrfToken(): Promise<string> {
    if (!this.cookies.has(CSRF_COOKIE)) await this.get('/healthz');
    return csrfTokenFor(this.#secret, this.cookies.get(CSRF_COOKIE)!);
  }

  /** Posts a form as a browser would, with the page's CSRF token unless `csrf: false`. */
  async postForm(path: string, fields: Record<string, string | string[]>, options: { csrf?: boolean } = {}) {
    const body = new URLSearchParams();
    if (options.csrf !== false) body.set('_csrf', await this.csrfToken());
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** JSON API call; with cookies (a logged-in session) it sends the CSRF header as a script would. */
  async json(method: string, path: string, payload?: unknown, headers: Record<string, string> = {}) {
    const csrf = this.cookies.size ? { 'x-csrf-token': await this.csrfToken() } : {};
    return this.request(path, {
      method,
      body: payload === undefined ? undefined : JSON.stringify(payload),
      headers: { 'content-type': 'application/json', ...csrf, ...headers },
    });
  }
}
