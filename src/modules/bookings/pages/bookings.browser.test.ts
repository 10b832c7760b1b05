import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../../http/app.ts';
import {
  browserAvailable,
  expectNoAxeViolations,
  launchBrowser,
  startTestServer,
} from '../../../testing/browser.ts';
import { createTestContext, type TestContext } from '../../../testing/test-context.ts';
import { SESSION_COOKIE } from '../../staff/staff.session.ts';
import { createStaffAndLogin } from '../../staff/testing.ts';
import { bookingQueues } from '../bookings.workers.ts';
import { setWeeklyHours } from '../set-weekly-hours.ts';
import { type BookingFixture, createBookingFixture, WEEKDAY_HOURS } from '../testing.ts';

// The clock stands on Tuesday 2026-12-01 10:00 JST; Wednesday is the first bookable day.
let ctx: TestContext;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let f: BookingFixture;
let counsellorToken: string;

describe.skipIf(!browserAvailable)('bookings in a browser', () => {
  beforeAll(async () => {
    ctx = await createTestContext({ queues: bookingQueues });
    f = await createBookingFixture(ctx, { counsellors: 0 });
    const login = await createStaffAndLogin(ctx, createApp(ctx), {
      tenantId: f.tenantId,
      roles: ['counsellor'],
      officeIds: [f.officeId],
      displayName: '相談 太郎',
    });
    counsellorToken = login.token;
    await setWeeklyHours(ctx, {
      principal: f.admin,
      tenantId: f.tenantId,
      office: f.officeId,
      staffId: login.staff.id,
      input: { hours: WEEKDAY_HOURS },
    });
    server = await startTestServer(ctx);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ctx?.close();
  });

  const phone = () => browser.newPage({ viewport: { width: 390, height: 844 } });
  const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

  test('BOOK-FIELDS: a job seeker books on a phone, office → date → slot → details → checklist → done; axe passes on every step', async () => {
    const page = await phone();
    await page.goto(`${server.url}/t/${f.tenantId}/book`);
    expect(await mainText(page)).toContain('相談は無料です');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: '中央窓口' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: '12月2日(水)' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: '09:30' }).click();
    await expectNoAxeViolations(page);

    // A malformed number first: the summary names it and the page stays accessible.
    await page.getByLabel('氏名').fill('山田 花子');
    await page.getByLabel('求職番号').fill('33010');
    await page.getByLabel('連絡先メールアドレス').fill('hanako@example.jp');
    await page.getByRole('button', { name: '次へ（利用環境の確認）' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('求職番号');
    await expectNoAxeViolations(page);

    // BOOK-NUMBER: typed the way a phone's Japanese keyboard gives it, full-width with a long-vowel mark.
    const fullWidth = f.numbers[0]!.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(
      '-',
      'ー',
    );
    await page.getByLabel('求職番号').fill(fullWidth);
    await page.getByLabel('通訳の同席を希望します').check();
    await page.getByRole('button', { name: '次へ（利用環境の確認）' }).click();
    await expectNoAxeViolations(page);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'この内容で予約する' }).click();
    await page.waitForURL('**/booked/**');
    const done = await mainText(page);
    expect(done).toContain('12月2日(水) 09:30');
    expect(done).toContain('本日中に、参加用URLを書いた招待メールをお送りします');
    expect(done).toContain('086-000-1234');
    await expectNoAxeViolations(page);
    const booked = await ctx.db
      .selectFrom('bookings as b')
      .innerJoin('job_seekers as j', 'j.id', 'b.job_seeker_id')
      .select('j.number')
      .execute();
    expect(booked).toEqual([{ number: f.numbers[0] }]);
    await page.close();
  });

  test("BOOK-FOLLOWUP: the counsellor's day on a phone: join, then book the follow-up; axe passes", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: counsellorToken, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/bookings?date=2026-12-02`);
    expect(await mainText(page)).toContain('山田 花子');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: '09:30–10:00' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '参加を確認した' }).click();
    expect(await page.getByRole('status').textContent()).toContain('参加を記録しました');
    await page.getByLabel('日時（前日までの枠のみ）').selectOption({ index: 3 });
    await page.getByRole('button', { name: '次回を予約して招待メールを送る' }).click();
    expect(await page.getByRole('status').textContent()).toContain('次回の予約を確定し');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /山田 花子/ }).click();
    expect(await mainText(page)).toContain('予約の履歴');
    await expectNoAxeViolations(page);
    await page.goto(`${server.url}/staff/bookings/job-seekers`);
    await expectNoAxeViolations(page);
    await page.goto(`${server.url}/staff/bookings/hours`);
    await expectNoAxeViolations(page);
    await page.getByLabel('日付').first().fill('2026-12-04');
    await page.getByLabel('種類').first().selectOption('extra');
    await page.getByRole('button', { name: '追加', exact: true }).first().click();
    expect(await page.getByRole('alert').textContent()).toContain('開始と終了の時刻');
    await expectNoAxeViolations(page);
    await page.getByLabel('種類').first().selectOption('off');
    await page.getByRole('button', { name: '追加', exact: true }).first().click();
    expect(await page.getByRole('status').textContent()).toContain('休み・追加勤務を追加しました');
    expect(await mainText(page)).toContain('12月4日(金) 休み 終日');
    await expectNoAxeViolations(page);
    const followUps = await ctx.db
      .selectFrom('bookings')
      .select('follows_booking_id')
      .where('follows_booking_id', 'is not', null)
      .execute();
    expect(followUps).toHaveLength(1);
    await context.close();
  });

  test('BOOK-DEADLINE: an administrator sets the booking rules and closed days on a phone; axe passes', async () => {
    const adminLogin = await createStaffAndLogin(ctx, createApp(ctx), {
      tenantId: f.tenantId,
      roles: ['admin'],
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: adminLogin.token, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/bookings/settings`);
    await expectNoAxeViolations(page);
    await page.getByLabel('予約の締切').selectOption('previous-business-day-closing');
    await page.getByRole('button', { name: '保存' }).click();
    expect(await page.getByRole('status').textContent()).toContain('予約の設定を保存しました');
    await page.getByLabel('開始日').fill('2026-12-10');
    await page.getByLabel('終了日').fill('2026-12-09');
    await page.getByLabel('理由').fill('研修');
    await page.getByRole('button', { name: '追加', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toContain('終了日は開始日以降');
    await expectNoAxeViolations(page);
    await page.getByLabel('終了日').fill('2026-12-10');
    await page.getByRole('button', { name: '追加', exact: true }).click();
    expect(await page.getByRole('status').textContent()).toContain('休業日を追加しました');
    expect(await mainText(page)).toContain('研修');
    await expectNoAxeViolations(page);
    await context.close();
  });
});
