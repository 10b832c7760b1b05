import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../http/app.ts';
import {
  browserAvailable,
  expectNoAxeViolations,
  launchBrowser,
  startTestServer,
} from '../../testing/browser.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { createStaffAndLogin, createTestTenant } from '../staff/testing.ts';
import { listConsents } from './index.ts';
import { createTestDocument, scheduleTestVersion } from './testing.ts';

let ctx: TestContext;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let sessionCookies: Map<string, string>;
const phone = { width: 390, height: 844 };

describe.skipIf(!browserAvailable)('policies in a browser', () => {
  beforeAll(async () => {
    ctx = await createTestContext({ at: '2026-12-01T01:00:00Z' });
    await createTestTenant(ctx, 'hw-kibi');
    await createTestDocument(ctx, {
      tenantId: 'hw-kibi',
      key: 'privacy',
      body: '# 目的\n第1条 予約の受付に使います。',
    });
    await createTestDocument(ctx, {
      tenantId: 'hw-kibi',
      key: 'consultation-terms',
      linkedKeys: ['privacy'],
      governingLaw: '日本法',
      court: '岡山地方裁判所',
      thirdPartyTerms: [{ name: 'Zoom 利用規約', url: 'https://zoom.example/terms' }],
      body: '# 総則\n第1条 相談は1回30分です。\n第2条 録画はできません。',
    });
    await scheduleTestVersion(ctx, {
      tenantId: 'hw-kibi',
      key: 'consultation-terms',
      label: 'v2',
      body: '# 総則\n第1条 相談は1回30分です。\n第2条 録画・録音はできません。',
      summary: '録音の禁止を明記',
      effectiveAt: '2027-01-04T09:00+09:00',
    });
    // The staff helper logs in for real (password, TOTP); the browser carries its session cookie.
    const admin = await createStaffAndLogin(ctx, createApp(ctx), { tenantId: 'hw-kibi', roles: ['admin'] });
    sessionCookies = admin.client.cookies;
    server = await startTestServer(ctx);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ctx?.close();
  });

  async function staffPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: phone });
    await context.addCookies(
      [...sessionCookies].map(([name, value]) => ({
        name,
        value,
        url: server.url,
        httpOnly: true,
        sameSite: 'Lax' as const,
      })),
    );
    return context.newPage();
  }

  test('POL-PUBLISH: an admin edits a draft, previews and publishes it; the public page then shows the new text; every page passes axe', async () => {
    const page = await staffPage();
    await page.goto(`${server.url}/staff/policies`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'privacy の規約' }).click();
    await page.waitForURL('**/staff/policies/privacy');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: '新しい版の下書きを作る' }).click();
    await page.waitForURL('**/staff/policies/privacy/new');
    expect(await page.getByLabel('本文').inputValue()).toContain('予約の受付に使います。');
    await page.getByLabel('変更の概要').fill('利用目的に集計を追加');
    await page.getByRole('button', { name: '下書きを保存' }).click();
    await page.waitForURL('**/staff/policies/privacy/versions/v2');
    await expectNoAxeViolations(page);

    await page.getByLabel('本文').fill('# 目的\n第1条 予約の受付と、個人を特定しない集計に使います。');
    await page.getByRole('button', { name: 'プレビュー' }).click();
    await page.getByRole('heading', { name: 'プレビュー（未保存）' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '下書きを保存' }).click();
    await page.getByRole('status').filter({ hasText: '下書きを保存しました。' }).waitFor();

    // A malformed date is refused beside its field, accessibly.
    await page.getByLabel('施行日時（日本時間）').fill('');
    await page.getByRole('button', { name: '施行日時を予約する' }).click();
    await page.locator('.error-summary').waitFor();
    await expectNoAxeViolations(page);

    ctx.clock.advance(10);
    await page.getByRole('button', { name: '今すぐ公開して施行する' }).click();
    await page.waitForURL('**/staff/policies/privacy');
    expect(await page.locator('main').textContent()).toContain('施行中');

    const publicPage = await browser.newPage({ viewport: phone });
    await publicPage.goto(`${server.url}/t/hw-kibi/policies/privacy`);
    expect(await publicPage.locator('main').textContent()).toContain('個人を特定しない集計に使います。');
    await expectNoAxeViolations(publicPage);
    await publicPage.close();
    await page.close();
  });

  test('POL-CHANGE-NOTICE and POL-CONSENT-EXPLICIT on a phone: document with notice, diff and consent pages pass axe', async () => {
    const page = await browser.newPage({ viewport: phone });
    await page.goto(`${server.url}/t/hw-kibi/policies/consultation-terms`);
    expect(await page.getByRole('note').textContent()).toContain('2027年1月4日(月) 09:00に改定されます');
    expect(await page.locator('main').textContent()).toContain('岡山地方裁判所');
    await expectNoAxeViolations(page);
    if (process.env.POLICY_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.POLICY_SCREENSHOTS}/document.png`, fullPage: true });
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);

    await page.getByRole('link', { name: 'v1との差分' }).click();
    await page.waitForURL('**/diff?from=v1&to=v2');
    expect(await page.locator('ins').first().textContent()).toContain('録音');
    await expectNoAxeViolations(page);

    await page.goto(`${server.url}/t/hw-kibi/policies/consultation-terms/versions/v2`);
    expect(await page.locator('main').textContent()).toContain('施行予定');
    await expectNoAxeViolations(page);
    if (process.env.POLICY_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.POLICY_SCREENSHOTS}/version.png`, fullPage: true });

    await page.goto(`${server.url}/t/hw-kibi/consent/consultation-terms`);
    await expectNoAxeViolations(page);
    await page.getByLabel('メールアドレス').fill('hanako@example.jp');
    await page.getByRole('button', { name: '送信する' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain(
      '「同意します」にチェックしてください',
    );
    await expectNoAxeViolations(page);
    await page.getByLabel('同意します').check();
    await page.getByRole('button', { name: '送信する' }).click();
    await page.getByRole('status').filter({ hasText: '同意を記録しました' }).waitFor();
    await expectNoAxeViolations(page);
    expect(
      (await listConsents(ctx.db, { tenantId: 'hw-kibi', subject: { ref: 'hanako@example.jp' } })).length,
    ).toBe(2);

    await page.goto(`${server.url}/t/hw-kibi/policies/consultation-terms?lang=en`);
    expect(await page.locator('h2').allTextContents()).toContain('Notice of change');
    await expectNoAxeViolations(page);
    await page.close();

    const staff = await staffPage();
    await staff.goto(`${server.url}/staff/consents?ref=hanako@example.jp`);
    expect(await staff.locator('tbody').textContent()).toContain('email: hanako@example.jp');
    await expectNoAxeViolations(staff);
    await staff.close();
  });
});
