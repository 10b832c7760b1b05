import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../http/app.ts';
import { TestClient } from '../../testing/http-client.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { createDocument, listConsents } from './index.ts';
import { createPolicyTestTenant, createTestDocument, scheduleTestVersion, systemActor } from './testing.ts';

let ctx: TestContext;
let app: App;
let tenantId: string;

beforeEach(async () => {
  ctx = await createTestContext({ at: '2026-12-01T01:00:00Z' });
  app = createApp(ctx);
  tenantId = await createPolicyTestTenant(ctx, 'hw-kibi');
  await createTestDocument(ctx, {
    tenantId,
    key: 'privacy',
    body: '# 個人情報\n第1条 目的の範囲内で扱います。',
  });
  await createTestDocument(ctx, {
    tenantId,
    key: 'consultation-terms',
    linkedKeys: ['privacy'],
    governingLaw: '日本法',
    court: '岡山地方裁判所',
    thirdPartyTerms: [{ name: 'Zoom 利用規約', url: 'https://zoom.example/terms' }],
    body: '# 総則\n第1条 相談は30分です。\n第2条 録画はできません。',
  });
  await createDocument(ctx, {
    actor: systemActor,
    input: {
      tenantId,
      key: 'employee-guideline',
      titleJa: '職員ガイドライン',
      titleEn: 'Guideline',
      visibility: 'internal',
    },
  });
});
afterEach(async () => {
  await ctx.close();
});

const text = async (path: string, headers: Record<string, string> = {}) => {
  const response = await app.request(path, { headers });
  return { status: response.status, body: await response.text() };
};

describe('public policy pages', () => {
  test('POL-PUBLISH: the public page shows the current text, the history with dates, and is printable', async () => {
    const page = await text('/t/hw-kibi/policies/consultation-terms');
    expect(page.status).toBe(200);
    expect(page.body).toContain('第1条 相談は30分です。');
    expect(page.body).toContain('<h2>総則</h2>');
    expect(page.body).toContain('改定履歴');
    expect(page.body).toContain('2026年12月1日(火) 10:00');
    expect(page.body).toContain('施行中');
    expect(page.body).toContain('href="/assets/app.css"'); // the stylesheet carries the print rules
    const index = await text('/t/hw-kibi/policies');
    expect(index.body).toContain('href="/t/hw-kibi/policies/consultation-terms"');
    expect(index.body).not.toContain('employee-guideline');
  });

  test('POL-LAW: the public page names the governing law and the court', async () => {
    const page = await text('/t/hw-kibi/policies/consultation-terms');
    expect(page.body).toMatch(/準拠法<\/dt><dd>日本法/);
    expect(page.body).toContain('岡山地方裁判所');
    const en = await text('/t/hw-kibi/policies/consultation-terms?lang=en');
    expect(en.body).toContain('Governing law and court');
  });

  test('POL-CHANGE-NOTICE: before the date the page announces the change with date, new text and diff; after it, the notice is gone', async () => {
    await scheduleTestVersion(ctx, {
      tenantId,
      key: 'consultation-terms',
      label: 'v2',
      body: '# 総則\n第1条 相談は30分です。\n第2条 録画・録音はできません。',
      summary: '録音の禁止を明記',
      effectiveAt: '2027-01-04T09:00+09:00',
    });
    const before = await text('/t/hw-kibi/policies/consultation-terms');
    expect(before.body).toContain('改定のお知らせ');
    expect(before.body).toContain('2027年1月4日(月) 09:00に改定されます');
    expect(before.body).toContain('録音の禁止を明記');
    expect(before.body).toContain('<ins>・録音</ins>');
    expect(before.body).toContain('第2条 録画はできません。'); // still the text in force
    const diff = await text('/t/hw-kibi/policies/consultation-terms/diff?from=v1&to=v2');
    expect(diff.status).toBe(200);
    expect(diff.body).toContain('<ins>・録音</ins>');

    ctx.clock.set('2027-01-04T00:00:00Z');
    const after = await text('/t/hw-kibi/policies/consultation-terms');
    expect(after.body).not.toContain('改定のお知らせ');
    expect(after.body).toContain('第2条 録画・録音はできません。');
    const old = await text('/t/hw-kibi/policies/consultation-terms/versions/v1');
    expect(old.body).toContain('旧版');
    expect(old.body).toContain('第2条 録画はできません。');
  });

  test('unknown tenant, document, version or an internal document is 404, on pages and in the API', async () => {
    for (const path of [
      '/t/nobody/policies',
      '/t/nobody/policies/consultation-terms',
      '/t/hw-kibi/policies/no-such',
      '/t/hw-kibi/policies/employee-guideline',
      '/t/hw-kibi/policies/consultation-terms/versions/v9',
      '/t/hw-kibi/policies/consultation-terms/diff?from=v1&to=v9',
      '/t/hw-kibi/consent/no-such',
      '/api/t/nobody/policies',
      '/api/t/hw-kibi/policies/employee-guideline',
      '/api/t/hw-kibi/policies/consultation-terms/versions/v9',
    ]) {
      expect((await text(path)).status, path).toBe(404);
    }
  });
});

describe('the consent page', () => {
  test('POL-CONSENT-LINKED: the consent page lists the linked documents and third-party terms, and agreeing records them all', async () => {
    const page = await text('/t/hw-kibi/consent/consultation-terms');
    expect(page.body).toContain('href="/t/hw-kibi/policies/privacy"');
    expect(page.body).toContain('Zoom 利用規約');
    expect(page.body).toContain('同意します');

    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const response = await client.postForm('/t/hw-kibi/consent/consultation-terms', {
      email: 'Taro@Example.jp',
      agree: 'yes',
    });
    expect(response.status).toBe(303);
    const done = await client.get(response.headers.get('location')!);
    expect(await done.text()).toContain('同意を記録しました（v1）');

    const rows = await listConsents(ctx.db, { tenantId, subject: { kind: 'email', ref: 'taro@example.jp' } });
    expect(rows.map((r) => [r.document_key, r.kind, r.channel]).sort()).toEqual([
      ['consultation-terms', 'explicit', 'web'],
      ['privacy', 'deemed', 'web'],
    ]);
    expect(rows.find((r) => r.document_key === 'consultation-terms')!.third_party_terms).toEqual([
      { name: 'Zoom 利用規約', url: 'https://zoom.example/terms' },
    ]);
  });

  test('POL-CONSENT-EXPLICIT: without the tick or with a bad address nothing is recorded, and the fields are named in ja and en', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const ja = await client.postForm('/t/hw-kibi/consent/consultation-terms', { email: 'not-an-address' });
    expect(ja.status).toBe(400);
    const body = await ja.text();
    expect(body).toContain('メールアドレスの形式が正しくありません。');
    expect(body).toContain('「同意します」にチェックしてください');
    expect(body).toContain('value="not-an-address"');
    const en = await client.postForm('/t/hw-kibi/consent/consultation-terms?lang=en', {
      email: 'a@example.jp',
    });
    expect(await en.text()).toContain('Tick &quot;I agree&quot; to agree.');
    expect(await listConsents(ctx.db, { tenantId })).toEqual([]);
  });
});

describe('public policy API', () => {
  test('POL-PUBLISH: the API serves the document, its versions and a diff, and lists itself in OpenAPI', async () => {
    await scheduleTestVersion(ctx, {
      tenantId,
      key: 'consultation-terms',
      label: 'v2',
      body: '改定',
      effectiveAt: '2027-01-04T09:00+09:00',
    });
    const doc = (await (await app.request('/api/t/hw-kibi/policies/consultation-terms')).json()) as {
      inForce: { label: string };
      versions: { label: string; state: string }[];
      document: { court: string };
      changeNotice: { label: string; effectiveAt: string };
    };
    expect(doc.inForce.label).toBe('v1');
    expect(doc.versions.map((v) => [v.label, v.state])).toEqual([
      ['v1', 'in_force'],
      ['v2', 'scheduled'],
    ]);
    expect(doc.document.court).toBe('岡山地方裁判所');
    expect(doc.changeNotice).toMatchObject({ label: 'v2', effectiveAt: '2027-01-04T00:00:00.000Z' });
    const diff = (await (
      await app.request('/api/t/hw-kibi/policies/consultation-terms/diff?from=v1&to=v2')
    ).json()) as {
      changed: boolean;
    };
    expect(diff.changed).toBe(true);
    const spec = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/t/{tenant}/policies/{key}',
        '/api/t/{tenant}/consents',
        '/api/staff/t/{tenant}/policies/{key}/drafts',
      ]),
    );
  });

  test('POL-CONSENT-EXPLICIT: consent through the API is recorded with channel api; bad input names the field', async () => {
    const bad = await app.request('/api/t/hw-kibi/consents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ documentKey: 'consultation-terms', email: 'x', agree: 'no' }),
    });
    expect(bad.status).toBe(400);
    const error = (await bad.json()) as { error: { issues: { field: string; message: string }[] } };
    expect(error.error.issues.map((i) => i.field).sort()).toEqual(['agree', 'email']);
    expect(error.error.issues.find((i) => i.field === 'email')!.message).toBe(
      'The e-mail address has the wrong format.',
    );

    const ok = await app.request('/api/t/hw-kibi/consents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentKey: 'consultation-terms', email: 'hanako@example.jp', agree: 'yes' }),
    });
    expect(ok.status).toBe(201);
    const recorded = (await ok.json()) as { versionLabel: string; linked: { documentKey: string }[] };
    expect(recorded.versionLabel).toBe('v1');
    expect(recorded.linked.map((l) => l.documentKey)).toEqual(['privacy']);
    const [row] = await listConsents(ctx.db, { tenantId, documentKey: 'consultation-terms' });
    expect(row).toMatchObject({ subject_ref: 'hanako@example.jp', channel: 'api', kind: 'explicit' });
  });
});
