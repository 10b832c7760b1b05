import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../http/app.ts';
import { listAudit } from '../../kernel/audit/audit.ts';
import { TestClient } from '../../testing/http-client.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { listOffices } from '../tenants/index.ts';
import { createStaff, currentTotpCode, listStaff, login } from './index.ts';
import { createStaffAndLogin, createTestTenant } from './testing.ts';

let ctx: TestContext;
let app: App;
let tenantA: string;
let tenantB: string;
let adminA: TestClient;
let adminB: TestClient;
let counsellorA: TestClient;
const errorBodies: string[] = [];
const PASSWORD = 'Kirin#Lantern-2026';

beforeAll(async () => {
  ctx = await createTestContext();
  app = createApp(ctx);
  tenantA = (await createTestTenant(ctx, 'tenant-a')).tenant.id;
  tenantB = (await createTestTenant(ctx, 'tenant-b')).tenant.id;
  adminA = (await createStaffAndLogin(ctx, app, { tenantId: tenantA, roles: ['admin'] })).client;
  adminB = (await createStaffAndLogin(ctx, app, { tenantId: tenantB, roles: ['admin'] })).client;
  counsellorA = (await createStaffAndLogin(ctx, app, { tenantId: tenantA, roles: ['counsellor'] })).client;
});
afterAll(() => ctx.close());

async function keep(response: Response): Promise<Response> {
  if (response.status >= 400) errorBodies.push(await response.clone().text());
  return response;
}

const secretOnPage = (page: string) => page.match(/id="totp-secret">([A-Z2-7 ]+)</)?.[1]?.replaceAll(' ', '');

describe('login pages', () => {
  test('staff pages without a session redirect to the login page; JSON callers get 401', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    for (const path of ['/staff', '/staff/admin', '/staff/password', '/staff/totp', '/staff/policies']) {
      const response = await client.get(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/staff\/login/);
    }
    const api = await keep(await client.get('/staff/admin', { accept: 'application/json' }));
    expect(api.status).toBe(401);
    expect((await keep(await client.get('/api/staff/me'))).status).toBe(401);
  });

  test('TOTP required for admins: password alone gives no access, a wrong code is refused, the right one works', async () => {
    const email = 'new-admin@example.test';
    await createStaff(ctx, {
      actor: { kind: 'system' },
      tenantId: tenantA,
      input: { email, displayName: '管理 太郎', roles: ['admin'], password: PASSWORD },
    });
    const browser = new TestClient(app, ctx.config.SECRET_KEY);
    await browser.get('/staff/login');
    const loggedIn = await browser.postForm('/staff/login', { email, password: PASSWORD });
    expect(loggedIn.status).toBe(303);
    expect(loggedIn.headers.get('location')).toBe('/staff/totp');
    const cookie = loggedIn.headers.getSetCookie().find((c) => c.startsWith('mg_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    // Pending second factor: every other page sends the person back, the API says 401.
    expect((await browser.get('/staff/admin')).headers.get('location')).toBe('/staff/totp');
    expect((await keep(await browser.get('/api/staff/me'))).status).toBe(401);
    expect((await keep(await browser.get(`/api/tenants/${tenantA}/staff`))).status).toBe(401);

    const setup = await (await browser.get('/staff/totp')).text();
    expect(setup).toContain('otpauth://totp/madoguchi:new-admin%40example.test');
    const secret = secretOnPage(setup)!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const wrong = await keep(await browser.postForm('/staff/totp', { code: '000000' }));
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('確認コードが正しくないか');
    const right = await browser.postForm('/staff/totp', { code: await currentTotpCode(secret, ctx.clock) });
    expect(right.headers.get('location')).toBe('/staff?totp=enabled');
    const home = await browser.get('/staff');
    expect(home.status).toBe(200);
    const text = await home.text();
    expect(text).toContain('管理 太郎');
    expect(text).toContain('テスト団体 tenant-a');
    expect((await browser.get('/api/staff/me')).status).toBe(200);

    const out = await browser.postForm('/staff/logout', {});
    expect(out.headers.get('location')).toBe('/staff/login?loggedOut=1');
    expect((await browser.get('/staff')).status).toBe(303);
  });

  test('a wrong password says so in Japanese, and in English with ?lang=en; the lockout message too', async () => {
    const email = 'lock-page@example.test';
    await createStaff(ctx, {
      actor: { kind: 'system' },
      tenantId: tenantA,
      input: { email, displayName: '施錠 確認', roles: ['counsellor'], password: PASSWORD },
    });
    const browser = new TestClient(app, ctx.config.SECRET_KEY);
    const ja = await keep(await browser.postForm('/staff/login', { email, password: 'Wrong#Pass-1' }));
    expect(ja.status).toBe(401);
    expect(await ja.text()).toContain('メールアドレスまたはパスワードが正しくありません。');
    const en = await keep(
      await browser.postForm('/staff/login?lang=en', { email, password: 'Wrong#Pass-1' }),
    );
    expect(await en.text()).toContain('The e-mail address or password is not correct.');
    for (let i = 3; i <= 4; i++) await browser.postForm('/staff/login', { email, password: 'x' });
    const locked = await keep(await browser.postForm('/staff/login', { email, password: 'x' }));
    expect(locked.status).toBe(423);
    expect(await locked.text()).toContain('locked for 15 minutes');
  });

  test('the API login returns a token usable as a bearer; the JSON error names the field in ja and en', async () => {
    const email = 'api-user@example.test';
    await createStaff(ctx, {
      actor: { kind: 'system' },
      tenantId: tenantA,
      input: { email, displayName: 'API 利用', roles: ['counsellor'], password: PASSWORD },
    });
    const api = new TestClient(app, ctx.config.SECRET_KEY);
    const session = await api.json('POST', '/api/staff/session', { email, password: PASSWORD });
    const { token, secondFactor } = (await session.json()) as { token: string; secondFactor: string };
    expect(secondFactor).toBe('none');
    const me = await app.request('/api/staff/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ email, tenantId: tenantA, roles: ['counsellor'] });
    const bad = await keep(
      await app.request('/api/staff/session', {
        method: 'POST',
        body: '{"email":""}',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(bad.status).toBe(400);
    const badJa = (await bad.json()) as { error: { issues: { field: string; message: string }[] } };
    expect(badJa.error.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['password']));
    expect(badJa.error.issues.find((i) => i.field === 'password')?.message).toContain('パスワード');
  });
});

describe('administration', () => {
  test('bad input names the field in ja and en, and writes nothing', async () => {
    const before = (await listStaff(ctx, { tenantId: tenantA })).length;
    const input = { email: 'not-an-address', displayName: '', roles: [], password: 'short' };
    const ja = await keep(await adminA.json('POST', `/api/tenants/${tenantA}/staff`, input));
    expect(ja.status).toBe(400);
    const jaBody = (await ja.json()) as { error: { issues: { field: string; message: string }[] } };
    expect(jaBody.error.issues).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'メールアドレスの形式が正しくありません。' },
        { field: 'displayName', message: '氏名を入力してください。' },
        { field: 'roles', message: '役割を1つ以上選んでください。' },
      ]),
    );
    const en = await keep(
      await adminA.json('POST', `/api/tenants/${tenantA}/staff`, input, { 'accept-language': 'en' }),
    );
    const enBody = (await en.json()) as { error: { issues: { field: string; message: string }[] } };
    expect(enBody.error.issues).toEqual(
      expect.arrayContaining([{ field: 'displayName', message: 'Please enter name.' }]),
    );
    const page = await keep(
      await adminA.postForm('/staff/admin/staff', { email: 'x', displayName: '', password: 'short' }),
    );
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain('href="#f-email"');
    expect(html).toContain('役割を1つ以上選んでください。');
    expect((await listStaff(ctx, { tenantId: tenantA })).length).toBe(before);
  });

  test('an admin adds an office and a staff member from the admin page', async () => {
    const office = await adminA.postForm('/staff/admin/offices', {
      slug: 'shibuya',
      nameJa: '渋谷',
      nameEn: 'Shibuya',
      phone: '03-1111-2222',
      opensAt: '09:00',
      closesAt: '17:00',
    });
    expect(office.headers.get('location')).toBe('/staff/admin?done=office#offices');
    const shibuya = (await listOffices(ctx.db, tenantA)).find((o) => o.slug === 'shibuya')!;
    const staff = await adminA.postForm('/staff/admin/staff', {
      email: 'Counsellor.Two@Example.test',
      displayName: '相談 二郎',
      roles: 'counsellor',
      officeIds: shibuya.id,
      password: PASSWORD,
    });
    expect(staff.status).toBe(303);
    const added = (await listStaff(ctx, { tenantId: tenantA })).find(
      (s) => s.email === 'counsellor.two@example.test',
    );
    expect(added).toMatchObject({ roles: ['counsellor'], office_ids: [shibuya.id] });
    const page = await (await adminA.get('/staff/admin')).text();
    expect(page).toContain('相談 二郎');
    expect(page).toContain('渋谷');
  });

  test('deactivating a person from the admin page ends their session at once', async () => {
    const { client, staff } = await createStaffAndLogin(ctx, app, { tenantId: tenantA, roles: ['operator'] });
    expect((await client.get('/staff')).status).toBe(200);
    const done = await adminA.postForm(`/staff/admin/staff/${staff.id}/deactivate`, {});
    expect(done.headers.get('location')).toBe('/staff/admin?done=deactivated#staff');
    expect((await client.get('/staff')).headers.get('location')).toBe('/staff/login');
  });

  test('an admin changes a colleague’s roles and offices from the edit page', async () => {
    const { client, staff } = await createStaffAndLogin(ctx, app, {
      tenantId: tenantA,
      roles: ['counsellor'],
    });
    const form = await (await adminA.get(`/staff/admin/staff/${staff.id}`)).text();
    expect(form).toContain(staff.email);
    const main = (await listOffices(ctx.db, tenantA)).find((o) => o.slug === 'main')!;
    const empty = await keep(await adminA.postForm(`/staff/admin/staff/${staff.id}`, { officeIds: main.id }));
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('役割を1つ以上選んでください。');
    const saved = await adminA.postForm(`/staff/admin/staff/${staff.id}`, {
      roles: ['counsellor', 'expert'],
      officeIds: main.id,
    });
    expect(saved.headers.get('location')).toBe('/staff/admin?done=roles#staff');
    const after = (await listStaff(ctx, { tenantId: tenantA })).find((s) => s.id === staff.id);
    expect(after).toMatchObject({ roles: ['counsellor', 'expert'], office_ids: [main.id] });
    expect((await client.get('/staff')).status).toBe(303);
  });

  test('an admin resets a colleague’s lost TOTP and sets a new password for a locked-out colleague', async () => {
    const { client, staff, password } = await createStaffAndLogin(ctx, app, {
      tenantId: tenantA,
      roles: ['approver'],
    });
    expect((await adminA.get(`/staff/admin/staff/${staff.id}`)).status).toBe(200);
    const reset = await adminA.postForm(`/staff/admin/staff/${staff.id}/reset-totp`, {});
    expect(reset.headers.get('location')).toBe(`/staff/admin/staff/${staff.id}?done=totp`);
    expect((await client.get('/staff')).status).toBe(303);
    expect((await login(ctx, { email: staff.email, password })).secondFactor).toBe('setup');

    for (let i = 0; i < 5; i++)
      await login(ctx, { email: staff.email, password: 'Wrong#Pass-1' }).catch(() => {});
    const reused = await keep(await adminA.postForm(`/staff/admin/staff/${staff.id}/password`, { password }));
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain('最近使った5つのパスワードは使えません');
    const set = await adminA.postForm(`/staff/admin/staff/${staff.id}/password`, {
      password: 'Other#Lantern-2027',
    });
    expect(set.headers.get('location')).toBe(`/staff/admin/staff/${staff.id}?done=password`);
    expect((await login(ctx, { email: staff.email, password: 'Other#Lantern-2027' })).secondFactor).toBe(
      'setup',
    );
    const events = (
      await listAudit(ctx.db, { tenantId: tenantA, subject: { kind: 'staff', id: staff.id } })
    ).map((a) => a.event);
    expect(events).toEqual(expect.arrayContaining(['staff.totp_reset', 'staff.password_reset']));
  });

  test('a counsellor may not open the admin page', async () => {
    expect((await keep(await counsellorA.get('/staff/admin'))).status).toBe(403);
    expect((await keep(await counsellorA.json('GET', `/api/tenants/${tenantA}/staff`))).status).toBe(403);
    expect((await counsellorA.json('GET', `/api/tenants/${tenantA}/offices`)).status).toBe(200);
  });

  test('CSRF: a form POST without the token is refused with 403 and writes nothing', async () => {
    const staffBefore = (await listStaff(ctx, { tenantId: tenantA })).length;
    const officesBefore = (await listOffices(ctx.db, tenantA)).length;
    const auditBefore = (await listAudit(ctx.db, { tenantId: tenantA, limit: 1000 })).length;
    const victim = (await listStaff(ctx, { tenantId: tenantA })).find((s) => s.roles.includes('counsellor'))!;
    const attempts = [
      [
        '/staff/admin/staff',
        { email: 'csrf@example.test', displayName: 'CSRF', roles: 'admin', password: PASSWORD },
      ],
      ['/staff/admin/offices', { slug: 'csrf', nameJa: 'x', nameEn: 'x', phone: '03-1111-2222' }],
      [`/staff/admin/staff/${victim.id}/deactivate`, {}],
      ['/staff/password', { current: PASSWORD, next: 'Other#Lantern-2027' }],
      ['/staff/logout', {}],
    ] as const;
    for (const [path, fields] of attempts) {
      const response = await keep(await adminA.postForm(path, fields, { csrf: false }));
      expect(response.status, path).toBe(403);
    }
    const apiWithoutHeader = await keep(
      await adminA.request(`/api/tenants/${tenantA}/staff`, {
        method: 'POST',
        body: JSON.stringify({
          email: 'csrf2@example.test',
          displayName: 'x',
          roles: ['admin'],
          password: PASSWORD,
        }),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(apiWithoutHeader.status).toBe(403);
    expect((await listStaff(ctx, { tenantId: tenantA })).length).toBe(staffBefore);
    expect((await listOffices(ctx.db, tenantA)).length).toBe(officesBefore);
    expect((await listAudit(ctx.db, { tenantId: tenantA, limit: 1000 })).length).toBe(auditBefore);
    expect((await adminA.get('/staff')).status).toBe(200);
  });
});

describe('tenant isolation', () => {
  test('a staff member of tenant B gets 404 on every staff endpoint naming tenant A, and changes nothing', async () => {
    const staffA = await listStaff(ctx, { tenantId: tenantA });
    const victim = staffA.find((s) => s.roles.includes('counsellor'))!;
    const auditBefore = (await listAudit(ctx.db, { tenantId: tenantA, limit: 1000 })).length;
    const body = {
      email: 'intruder@example.test',
      displayName: '侵入',
      roles: ['admin'],
      password: PASSWORD,
    };
    const office = { slug: 'intruder', nameJa: '侵入', nameEn: 'Intruder', phone: '03-1111-2222' };
    const endpoints: [string, string, unknown][] = [
      ['GET', `/api/tenants/${tenantA}/staff`, undefined],
      ['POST', `/api/tenants/${tenantA}/staff`, body],
      ['GET', `/api/tenants/${tenantA}/offices`, undefined],
      ['POST', `/api/tenants/${tenantA}/offices`, office],
      ['GET', '/api/tenants/no-such-tenant/staff', undefined],
      ['GET', '/api/tenants/no-such-tenant/offices', undefined],
    ];
    for (const [method, path, payload] of endpoints) {
      const response = await keep(await adminB.json(method, path, payload));
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const pages: [string, string, Record<string, string>][] = [
      ['POST', `/staff/admin/staff/${victim.id}/deactivate`, {}],
      ['POST', `/staff/admin/staff/${victim.id}`, { roles: 'admin' }],
      ['GET', `/staff/admin/staff/${victim.id}`, {}],
      ['POST', `/staff/admin/staff/${victim.id}/reset-totp`, {}],
      ['POST', `/staff/admin/staff/${victim.id}/password`, { password: 'Other#Lantern-2027' }],
    ];
    for (const [method, path, fields] of pages) {
      const response = await keep(
        method === 'GET' ? await adminB.get(path) : await adminB.postForm(path, fields),
      );
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const me = (await (await adminB.get('/api/staff/me')).json()) as { tenantId: string };
    expect(me.tenantId).toBe(tenantB);
    const pageB = await (await adminB.get('/staff/admin')).text();
    for (const s of staffA) expect(pageB).not.toContain(s.email);
    expect((await listStaff(ctx, { tenantId: tenantA })).find((s) => s.id === victim.id)?.active).toBe(true);
    expect((await listAudit(ctx.db, { tenantId: tenantA, limit: 1000 })).length).toBe(auditBefore);
    expect(await listOffices(ctx.db, tenantA)).not.toContainEqual(
      expect.objectContaining({ slug: 'intruder' }),
    );
  });

  test('the staff and office endpoints are in /api/openapi.json', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    for (const path of [
      '/api/staff/session',
      '/api/staff/me',
      '/api/tenants/{tenant}/staff',
      '/api/tenants/{tenant}/offices',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });
});

test('no error body carries a stack trace or a source path', () => {
  expect(errorBodies.length).toBeGreaterThan(10);
  for (const body of errorBodies) expect(body).not.toMatch(/\n\s+at |\.ts:\d+|node_modules|Error: /);
});
