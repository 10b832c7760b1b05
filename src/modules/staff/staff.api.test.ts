import { afterAll, beforeAll, expect, test } from 'vitest';
import { type App, createApp } from '../../http/app.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { createStaff, currentTotpCode } from './index.ts';
import { createTestTenant } from './testing.ts';
import { newTotpSecret } from './totp.ts';

let ctx: TestContext;
let app: App;
const PASSWORD = 'Kirin#Lantern-2026';
const secret = newTotpSecret();

beforeAll(async () => {
  ctx = await createTestContext();
  app = createApp(ctx);
  const { tenant } = await createTestTenant(ctx, 'api-tenant');
  await createStaff(ctx, {
    actor: { kind: 'system' },
    tenantId: tenant.id,
    input: { email: 'api-admin@example.test', displayName: 'API 管理', roles: ['admin'], password: PASSWORD },
    totpSecret: secret,
  });
});
afterAll(() => ctx.close());

const call = (method: string, path: string, token?: string, body?: unknown) =>
  app.request(path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

test('an API client logs in as an admin with a bearer token, gives the TOTP code, and logs out', async () => {
  const session = await call('POST', '/api/staff/session', undefined, {
    email: 'api-admin@example.test',
    password: PASSWORD,
  });
  expect(session.status).toBe(200);
  const { token, secondFactor } = (await session.json()) as { token: string; secondFactor: string };
  expect(secondFactor).toBe('verify');
  expect((await call('GET', '/api/tenants/api-tenant/staff', token)).status).toBe(401);

  const wrong = await call('POST', '/api/staff/session/totp', token, { code: '12345' });
  expect(wrong.status).toBe(400);
  expect(await wrong.json()).toEqual({
    error: {
      code: 'validation',
      message: '6桁の数字を入力してください。',
      issues: [{ field: 'code', message: '6桁の数字を入力してください。' }],
    },
  });
  const right = await call('POST', '/api/staff/session/totp', token, {
    code: await currentTotpCode(secret, ctx.clock),
  });
  expect(right.status).toBe(200);
  const list = await call('GET', '/api/tenants/api-tenant/staff', token);
  expect(((await list.json()) as { staff: { email: string }[] }).staff.map((s) => s.email)).toEqual([
    'api-admin@example.test',
  ]);

  expect((await call('DELETE', '/api/staff/session', token)).status).toBe(204);
  expect((await call('GET', '/api/staff/me', token)).status).toBe(401);
});

test('login CSRF: a login posted from a foreign page is refused and sets no session', async () => {
  const response = await app.request('/staff/login', {
    method: 'POST',
    body: new URLSearchParams({ email: 'api-admin@example.test', password: PASSWORD }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
  });
  expect(response.status).toBe(403);
  expect(response.headers.getSetCookie().some((c) => c.startsWith('mg_session='))).toBe(false);
  const api = await app.request('/api/staff/session', {
    method: 'POST',
    body: JSON.stringify({ email: 'api-admin@example.test', password: PASSWORD }),
    headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
  });
  expect(api.status).toBe(403);
  const fetchMetadata = await app.request('/staff/login', {
    method: 'POST',
    body: new URLSearchParams({ email: 'api-admin@example.test', password: PASSWORD }),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'null',
      'sec-fetch-site': 'cross-site',
    },
  });
  expect(fetchMetadata.status).toBe(403);
});

test('the session cookie is Secure when BASE_URL is https', async () => {
  const secure = await createTestContext({ env: { BASE_URL: 'https://madoguchi.example' } });
  try {
    await createTestTenant(secure, 'secure-tenant');
    await createStaff(secure, {
      actor: { kind: 'system' },
      tenantId: 'secure-tenant',
      input: { email: 'secure@example.test', displayName: '安全', roles: ['counsellor'], password: PASSWORD },
    });
    const response = await createApp(secure).request('https://madoguchi.example/api/staff/session', {
      method: 'POST',
      body: JSON.stringify({ email: 'secure@example.test', password: PASSWORD }),
      headers: { 'content-type': 'application/json' },
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('mg_session='));
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
  } finally {
    await secure.close();
  }
});
