import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../http/app.ts';
import { listAudit } from '../../kernel/audit/audit.ts';
import type { TestClient } from '../../testing/http-client.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { createStaffAndLogin, createTestTenant } from '../staff/testing.ts';
import { recordConsent } from './index.ts';
import { createTestDocument } from './testing.ts';

let ctx: TestContext;
let app: App;
let admin: TestClient;
let adminId: string;

beforeEach(async () => {
  ctx = await createTestContext({ at: '2026-12-01T01:00:00Z' });
  app = createApp(ctx);
  await createTestTenant(ctx, 'hw-kibi');
  await createTestTenant(ctx, 'coop-other');
  await createTestDocument(ctx, { tenantId: 'hw-kibi', key: 'privacy', body: '旧い本文' });
  const login = await createStaffAndLogin(ctx, app, { tenantId: 'hw-kibi', roles: ['admin'] });
  admin = login.client;
  adminId = login.staff.id;
});
afterEach(async () => {
  await ctx.close();
});

const versionBodies = async () =>
  (
    await sql<{
      label: string;
      body: string;
    }>`SELECT label, body FROM policy_versions ORDER BY label`.execute(ctx.db)
  ).rows;

describe('staff console for policies', () => {
  test('POL-VERSION: an admin starts a draft, previews, saves and publishes it; the public page then shows the new text', async () => {
    const list = await admin.get('/staff/policies');
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('v1（施行中）');

    const empty = await admin.postForm('/staff/policies/privacy/new', { label: 'v 2', body: '' });
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('本文を入力してください。');
    expect(emptyHtml).toContain('版の名前は英数字と . _ - で32文字以内にしてください。');
    const form = await (await admin.get('/staff/policies/privacy/new')).text();
    expect(form).toContain('旧い本文'); // the draft starts from the text in force
    const created = await admin.postForm('/staff/policies/privacy/new', {
      label: 'v2',
      summary: '全面改定',
      body: '下書き',
    });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe('/staff/policies/privacy/versions/v2');

    const preview = await admin.postForm('/staff/policies/privacy/versions/v2', {
      action: 'preview',
      summary: '全面改定',
      body: '# 見出し\n新しい本文',
    });
    const previewHtml = await preview.text();
    expect(previewHtml).toContain('プレビュー（未保存）');
    expect(previewHtml).toContain('<h3>見出し</h3>');
    expect((await versionBodies()).find((v) => v.label === 'v2')!.body).toBe('下書き');

    const saved = await admin.postForm('/staff/policies/privacy/versions/v2', {
      action: 'save',
      summary: '全面改定',
      body: '新しい本文',
    });
    expect(await saved.text()).toContain('下書きを保存しました');

    ctx.clock.advance(5);
    const published = await admin.postForm('/staff/policies/privacy/versions/v2/publish', {});
    expect(published.status).toBe(303);
    const page = await (await app.request('/t/hw-kibi/policies/privacy')).text();
    expect(page).toContain('新しい本文');
    expect(page).not.toContain('旧い本文');

    const audit = await listAudit(ctx.db, { tenantId: 'hw-kibi', event: 'policy.version_published' });
    expect(audit.map((a) => a.actor_id)).toContain(adminId);
    const again = await admin.postForm('/staff/policies/privacy/versions/v2', {
      action: 'save',
      body: '改ざん',
    });
    expect(again.status).toBe(422);
    expect((await versionBodies()).find((v) => v.label === 'v2')!.body).toBe('新しい本文');
  });

  test('POL-CHANGE-NOTICE: scheduling takes a Japan wall time; a past or malformed date is refused with the field named', async () => {
    await admin.postForm('/staff/policies/privacy/new', { label: 'v2', body: '改定後' });
    const malformed = await admin.postForm('/staff/policies/privacy/versions/v2/schedule', {
      effectiveAt: '明日',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('日時は 2027-01-01T09:00 の形式で入力してください。');
    const past = await admin.postForm('/staff/policies/privacy/versions/v2/schedule', {
      effectiveAt: '2026-11-30T09:00',
    });
    expect(past.status).toBe(400);
    expect(await past.text()).toContain('予約する施行日時は現在より後にしてください。');

    const ok = await admin.postForm('/staff/policies/privacy/versions/v2/schedule', {
      effectiveAt: '2027-01-04T09:00',
    });
    expect(ok.status).toBe(303);
    const page = await (await app.request('/t/hw-kibi/policies/privacy')).text();
    expect(page).toContain('2027年1月4日(月) 09:00に改定されます');
  });

  test('POL-LAW: a document created through the API carries its law, court and links', async () => {
    const bad = await admin.json('POST', '/api/staff/t/hw-kibi/policies', {
      key: 'Terms!',
      titleJa: '',
      titleEn: 'x',
      visibility: 'public',
    });
    expect(bad.status).toBe(400);
    const issues = ((await bad.json()) as { error: { issues: { field: string }[] } }).error.issues.map(
      (i) => i.field,
    );
    expect(issues.sort()).toEqual(['key', 'titleJa']);
    const created = await admin.json('POST', '/api/staff/t/hw-kibi/policies', {
      key: 'seminar-terms',
      titleJa: 'セミナー利用規約',
      titleEn: 'Seminar terms',
      visibility: 'public',
      governingLaw: '日本法',
      court: '岡山地方裁判所',
      linkedKeys: ['privacy'],
    });
    expect(created.status).toBe(201);
    const doc = (await (await admin.json('GET', '/api/staff/t/hw-kibi/policies/seminar-terms')).json()) as {
      document: { court: string; linked: { key: string }[] };
    };
    expect(doc.document.court).toBe('岡山地方裁判所');
    expect(doc.document.linked.map((l) => l.key)).toEqual(['privacy']);
  });

  test('POL-VERSION: through the API a published version cannot be edited (422 naming the rule)', async () => {
    const response = await admin.json('PUT', '/api/staff/t/hw-kibi/policies/privacy/drafts/v1', {
      body: '改ざん',
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { rule: string } }).error.rule).toBe('POL-VERSION');
    const draft = await admin.json('POST', '/api/staff/t/hw-kibi/policies/privacy/drafts', {
      label: 'v2',
      body: '新',
      rules: [{ categoryId: 'SNS-DELETE-05', labelJa: '宣伝', labelEn: 'Advertising', actions: ['hide'] }],
    });
    expect(draft.status).toBe(201);
    const scheduled = await admin.json('POST', '/api/staff/t/hw-kibi/policies/privacy/versions/v2/schedule', {
      effectiveAt: '2027-04-01T09:00+09:00',
    });
    expect(await scheduled.json()).toEqual({
      label: 'v2',
      state: 'scheduled',
      effectiveAt: '2027-04-01T00:00:00.000Z',
    });
  });

  test('consent search by subject and document, on the page and in the API', async () => {
    await ctx.db.transaction().execute((trx) =>
      recordConsent(trx, ctx.clock, {
        tenantId: 'hw-kibi',
        subject: { kind: 'jobseeker', ref: 'JS-42' },
        documentKey: 'privacy',
        kind: 'deemed',
        act: 'booking.created',
        channel: 'web',
      }),
    );
    const page = await (await admin.get('/staff/consents?ref=JS-42&document=privacy')).text();
    expect(page).toContain('jobseeker: JS-42');
    expect(page).toContain('みなし同意');
    expect(page).toContain('booking.created');
    const none = await (await admin.get('/staff/consents?ref=JS-43')).text();
    expect(none).not.toContain('JS-42');
    const api = await admin.json('GET', '/api/staff/t/hw-kibi/consents?subjectRef=JS-42');
    const body = (await api.json()) as { consents: { kind: string; act: string; versionLabel: string }[] };
    expect(body.consents).toEqual([
      expect.objectContaining({ kind: 'deemed', act: 'booking.created', versionLabel: 'v1' }),
    ]);
  });
});

describe('access to the staff console', () => {
  test('cross-tenant: another tenant’s admin gets 404 on every staff page and endpoint, and nothing is written', async () => {
    const { client: other } = await createStaffAndLogin(ctx, app, {
      tenantId: 'coop-other',
      roles: ['admin'],
    });
    const auditBefore = (await listAudit(ctx.db, { tenantId: 'hw-kibi' })).length;
    const pages = [
      '/staff/policies/privacy',
      '/staff/policies/privacy/new',
      '/staff/policies/privacy/versions/v1',
      '/staff/policies/privacy/diff?from=v1&to=v1',
    ];
    for (const path of pages) expect((await other.get(path)).status, path).toBe(404);
    expect((await other.postForm('/staff/policies/privacy/new', { label: 'v2', body: 'x' })).status).toBe(
      404,
    );
    expect((await other.postForm('/staff/policies/privacy/versions/v1/publish', {})).status).toBe(404);
    expect(
      (
        await other.postForm('/staff/policies/privacy/versions/v1/schedule', {
          effectiveAt: '2027-01-01T09:00',
        })
      ).status,
    ).toBe(404);
    expect(await (await other.get('/staff/policies')).text()).not.toContain('privacy');
    const api: [string, string, unknown?][] = [
      ['GET', '/api/staff/t/hw-kibi/policies'],
      [
        'POST',
        '/api/staff/t/hw-kibi/policies',
        { key: 'x-doc', titleJa: 'x', titleEn: 'x', visibility: 'public' },
      ],
      ['GET', '/api/staff/t/hw-kibi/policies/privacy'],
      ['POST', '/api/staff/t/hw-kibi/policies/privacy/drafts', { label: 'v2', body: 'x' }],
      ['PUT', '/api/staff/t/hw-kibi/policies/privacy/drafts/v1', { body: 'x' }],
      [
        'POST',
        '/api/staff/t/hw-kibi/policies/privacy/versions/v1/schedule',
        { effectiveAt: '2027-01-01T09:00' },
      ],
      ['POST', '/api/staff/t/hw-kibi/policies/privacy/versions/v1/publish'],
      ['GET', '/api/staff/t/hw-kibi/consents'],
    ];
    for (const [method, path, payload] of api) {
      expect((await other.json(method, path, payload)).status, `${method} ${path}`).toBe(404);
    }
    expect((await listAudit(ctx.db, { tenantId: 'hw-kibi' })).length).toBe(auditBefore);
    expect(await versionBodies()).toEqual([{ label: 'v1', body: '旧い本文' }]);
  });

  test('roles: an operator may read policies but not edit, publish or read consents; no session means no access', async () => {
    const { client: operator } = await createStaffAndLogin(ctx, app, {
      tenantId: 'hw-kibi',
      roles: ['operator'],
    });
    expect((await operator.get('/staff/policies/privacy')).status).toBe(200);
    expect((await operator.postForm('/staff/policies/privacy/new', { label: 'v2', body: 'x' })).status).toBe(
      403,
    );
    expect(
      (await operator.json('POST', '/api/staff/t/hw-kibi/policies/privacy/versions/v1/publish')).status,
    ).toBe(403);
    expect((await operator.get('/staff/consents')).status).toBe(403);

    const anonymous = await app.request('/api/staff/t/hw-kibi/policies');
    expect(anonymous.status).toBe(401);
    const page = await app.request('/staff/policies');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toContain('/staff/login');
  });
});
