import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  browserAvailable,
  expectNoAxeViolations,
  launchBrowser,
  startTestServer,
} from '../../testing/browser.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { listOffices } from '../tenants/index.ts';
import { createStaff, currentTotpCode } from './index.ts';
import { createTestTenant } from './testing.ts';

let ctx: TestContext;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
const PASSWORD = 'Kirin#Lantern-2026';

describe.skipIf(!browserAvailable)('staff console in a browser', () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    const { tenant } = await createTestTenant(ctx, 'browser-tenant');
    await createStaff(ctx, {
      actor: { kind: 'system' },
      tenantId: tenant.id,
      input: { email: 'admin@browser.test', displayName: '管理 花子', roles: ['admin'], password: PASSWORD },
    });
    await createStaff(ctx, {
      actor: { kind: 'system' },
      tenantId: tenant.id,
      input: {
        email: 'counsellor@browser.test',
        displayName: '相談 一郎',
        roles: ['counsellor'],
        password: PASSWORD,
      },
    });
    server = await startTestServer(ctx);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ctx?.close();
  });

  test('an admin logs in with password and TOTP on a phone, adds an office; every page passes axe', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/staff/admin`);
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    await expectNoAxeViolations(page);

    await page.getByLabel('メールアドレス').fill('admin@browser.test');
    await page.getByLabel('パスワード').fill(PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.waitForURL('**/staff/totp');
    await expectNoAxeViolations(page);

    const secret = (await page.locator('#totp-secret').textContent())!.replaceAll(' ', '');
    await page.getByLabel('確認コード（6桁）').fill(await currentTotpCode(secret, ctx.clock));
    await page.getByRole('button', { name: '確認' }).click();
    await page.waitForURL('**/staff?totp=enabled');
    expect(await page.getByRole('status').textContent()).toContain('2段階認証を有効にしました。');
    expect(await page.locator('main').textContent()).toContain('管理 花子');
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '管理' }).click();
    await page.waitForURL('**/staff/admin');
    await expectNoAxeViolations(page);
    await page.getByLabel('識別子（URL用', { exact: false }).fill('umeda');
    await page.getByLabel('名称（日本語）').fill('梅田');
    await page.getByLabel('名称（英語）').fill('Umeda');
    await page.getByLabel('電話番号').fill('06-1234-5678');
    await page.getByRole('button', { name: '事業所を追加' }).click();
    await page.waitForURL('**/staff/admin?done=office*');
    expect(await page.getByRole('table', { name: '事業所の一覧' }).textContent()).toContain('梅田');
    await expectNoAxeViolations(page);
    expect((await listOffices(ctx.db, 'browser-tenant')).map((o) => o.slug)).toContain('umeda');

    await page.getByRole('link', { name: '相談 一郎の役割を変更' }).click();
    await page.waitForURL('**/staff/admin/staff/*');
    await expectNoAxeViolations(page);
    await page.goto(`${server.url}/staff/admin`);

    // The form errors are accessible too.
    await page.getByRole('button', { name: '職員を追加' }).click();
    await page.locator('.error-summary').waitFor({ state: 'visible' });
    expect(await page.locator('.error-summary').textContent()).toContain('役割を1つ以上選んでください。');
    await expectNoAxeViolations(page);
    await page.close();
  });
});
