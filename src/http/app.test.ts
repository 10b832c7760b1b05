import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppError } from '../kernel/errors.ts';
import { TestClient } from '../testing/http-client.ts';
import { createTestContext, type TestContext } from '../testing/test-context.ts';
import { type App, createApp } from './app.ts';

type ErrorBody = { error: { issues: { field: string; message: string }[] } };

let ctx: TestContext;
let app: App;
beforeAll(async () => {
  ctx = await createTestContext();
  app = createApp(ctx);
  app.get('/boom', () => {
    throw new Error('secret internals at /work/main/src/x.ts:12');
  });
  app.post('/echo', (c) => c.text('ok'));
  app.get('/api/invalid', () => {
    throw new AppError('validation', {
      issues: [
        {
          field: 'email',
          message: {
            ja: 'メールアドレスの形式が正しくありません。',
            en: 'The e-mail address has the wrong format.',
          },
        },
      ],
    });
  });
});
afterAll(() => ctx.close());

describe('pages and errors', () => {
  test('the home page is Japanese by default and switches to English', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const ja = await (await client.get('/')).text();
    expect(ja).toContain('<html lang="ja">');
    const en = await (await client.get('/?lang=en')).text();
    expect(en).toContain('<html lang="en">');
    // the choice is remembered
    expect(await (await client.get('/')).text()).toContain('<html lang="en">');
  });

  test('an unknown page is a 404 in both forms', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    expect((await client.get('/no/such/page')).status).toBe(404);
    const api = await client.get('/api/no-such-thing');
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: { code: 'not_found', message: '見つかりません。' } });
  });

  test('an unexpected error never shows its stack or internals', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const page = await client.get('/boom');
    expect(page.status).toBe(500);
    const text = await page.text();
    expect(text).toContain('システムエラー');
    expect(text).not.toMatch(/secret internals|\.ts:|at /);
    const api = await client.get('/boom', { accept: 'application/json' });
    expect(JSON.stringify(await api.json())).not.toMatch(/secret|stack/);
  });

  test('validation errors name the field, in Japanese first and English on request', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const ja = (await (await client.get('/api/invalid')).json()) as ErrorBody;
    expect(ja.error.issues[0]).toEqual({
      field: 'email',
      message: 'メールアドレスの形式が正しくありません。',
    });
    const en = (await (await client.get('/api/invalid', { 'accept-language': 'en' })).json()) as ErrorBody;
    expect(en.error.issues[0]!.message).toBe('The e-mail address has the wrong format.');
  });

  test('CSRF: a form post from a browser without the token is refused', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const refused = await client.postForm('/echo', { a: '1' }, { csrf: false });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('フォームの有効期限が切れました');
    const forged = await client.postForm('/echo', { a: '1', _csrf: 'forged' }, { csrf: false });
    expect(forged.status).toBe(403);
    expect((await client.postForm('/echo', { a: '1' })).status).toBe(200);
  });

  test('CSRF: a cookie-less JSON API call is served without a CSRF cookie; a page visit gets one, and a form post to the API still needs the token', async () => {
    const api = await app.request('/api/openapi.json');
    expect(api.status).toBe(200);
    expect(api.headers.get('set-cookie')).toBeNull();
    const page = await app.request('/staff/login');
    expect(page.headers.get('set-cookie')).toContain('mg_csrf=');
    const form = await app.request('/api/staff/session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40example.jp&password=x',
    });
    expect(form.status).toBe(403);
  });

  test('the OpenAPI 3.1 document is served', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const doc = (await (await client.get('/api/openapi.json')).json()) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
  });
});
