import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../../http/app.ts';
import { TestClient } from '../../../testing/http-client.ts';
import { createTestContext, type TestContext } from '../../../testing/test-context.ts';
import { createStaffAndLogin } from '../../staff/testing.ts';
import { ENVIRONMENT_KEYS } from '../bookings.schema.ts';
import { bookingQueues } from '../bookings.workers.ts';
import { findFreeSlots } from '../find-free-slots.ts';
import { setWeeklyHours } from '../set-weekly-hours.ts';
import { type BookingFixture, createBookingFixture, WEEKDAY_HOURS } from '../testing.ts';

const WED_0900 = '2026-12-02T00:00:00.000Z';
let ctx: TestContext;
let app: App;
let f: BookingFixture;

beforeEach(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
  app = createApp(ctx);
  f = await createBookingFixture(ctx);
});
afterEach(async () => {
  await ctx.close();
});

const details = { startsAt: WED_0900, name: '山田 花子', email: 'hanako@example.jp' };

describe('public booking pages', () => {
  test("BOOK-FREE: the booking page states there is no fee and connection costs are the user's", async () => {
    const html = await (await app.request(`/t/${f.tenantId}/book`)).text();
    expect(html).toContain('相談は無料です');
    expect(html).toContain('通信にかかる費用');
    const en = await (await app.request(`/t/${f.tenantId}/book?lang=en`)).text();
    expect(en).toContain('free of charge');
  });

  test('BOOK-INVITE: the form flow ends on a page that says the invitation comes today and which number to call', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const slots = await (await client.get(`/t/${f.tenantId}/book/central/2026-12-02`)).text();
    expect(slots).toContain(`details?at=${encodeURIComponent(WED_0900)}`);
    const step = await client.postForm(`/t/${f.tenantId}/book/central/details`, {
      ...details,
      jobSeekerNumber: f.numbers[0]!,
    });
    expect(step.status).toBe(200);
    const confirmPage = await step.text();
    expect(confirmPage).toContain('利用環境の確認');
    expect(confirmPage).toContain('録画・録音');
    const missing = await client.postForm(`/t/${f.tenantId}/book/central/confirm`, {
      ...details,
      jobSeekerNumber: f.numbers[0]!,
      environment: ['secure-device'],
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('利用環境の確認項目すべて');
    const done = await client.postForm(`/t/${f.tenantId}/book/central/confirm`, {
      ...details,
      jobSeekerNumber: f.numbers[0]!,
      environment: ENVIRONMENT_KEYS,
    });
    expect(done.status).toBe(303);
    const page = await (await client.get(done.headers.get('location')!)).text();
    expect(page).toContain('本日中に、参加用URLを書いた招待メールをお送りします');
    expect(page).toContain('086-000-1234');
    expect(page).toContain('12月2日(水) 09:00');
  });

  test('bad input on the details step names the field and keeps what was typed', async () => {
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const res = await client.postForm(`/t/${f.tenantId}/book/central/details`, {
      ...details,
      jobSeekerNumber: '1234',
      email: 'x@',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('求職番号は「5桁の数字-4〜8桁の数字」');
    expect(html).toContain('メールアドレスの形式が正しくありません');
    expect(html).toContain('value="山田 花子"');
    expect(await ctx.db.selectFrom('bookings').select('id').execute()).toHaveLength(0);
  });

  test('an unknown tenant or office is 404', async () => {
    expect((await app.request('/t/nowhere/book')).status).toBe(404);
    expect((await app.request(`/t/${f.tenantId}/book/nowhere`)).status).toBe(404);
  });
});

/** A logged-in counsellor of the office who works the usual weekday hours. */
async function counsellorWithHours() {
  const login = await createStaffAndLogin(ctx, app, {
    tenantId: f.tenantId,
    roles: ['counsellor'],
    officeIds: [f.officeId],
  });
  await setWeeklyHours(ctx, {
    principal: f.admin,
    tenantId: f.tenantId,
    office: f.officeId,
    staffId: login.staff.id,
    input: { hours: WEEKDAY_HOURS },
  });
  return login;
}

describe('counsellor console pages', () => {
  test('BOOK-CANCEL: a counsellor sees the day, records a phone cancellation; a missing reason is named', async () => {
    const login = await counsellorWithHours();
    const client = new TestClient(app, ctx.config.SECRET_KEY);
    const booked = await client.postForm(`/t/${f.tenantId}/book/central/confirm`, {
      ...details,
      jobSeekerNumber: f.numbers[0]!,
      environment: ENVIRONMENT_KEYS,
    });
    expect(booked.status).toBe(303);
    const day = await (await login.client.get('/staff/bookings?date=2026-12-02')).text();
    const id = /\/staff\/bookings\/([0-9a-f-]{36})"/.exec(day)![1]!;
    const empty = await login.client.postForm(`/staff/bookings/${id}/cancel`, { cancelReason: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('理由を入力してください');
    const ok = await login.client.postForm(`/staff/bookings/${id}/cancel`, { cancelReason: '本人から電話' });
    expect(ok.status).toBe(303);
    expect(await (await login.client.get(ok.headers.get('location')!)).text()).toContain(
      '電話によるキャンセルを記録しました',
    );
  });

  test("BOOK-LENGTH: a counsellor's weekly hours are edited as text; a bad line is named, a good one gives slots", async () => {
    const login = await createStaffAndLogin(ctx, app, {
      tenantId: f.tenantId,
      roles: ['counsellor'],
      officeIds: [f.officeId],
    });
    const page = await (await login.client.get('/staff/bookings/hours')).text();
    expect(page).toContain('月 09:00-12:00');
    const action = `/staff/bookings/hours/${f.officeId}/${login.staff.id}`;
    const field = `hours-${f.officeId}-${login.staff.id}`;
    const bad = await login.client.postForm(action, { [field]: '月曜 9時から' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('1行目を「曜日 開始-終了」');
    const ok = await login.client.postForm(action, { [field]: '土 09:00-10:00\n水 16:00-17:00' });
    expect(ok.status).toBe(303);
    const hours = await ctx.db
      .selectFrom('counsellor_hours')
      .select(['weekday', 'starts_at'])
      .where('staff_id', '=', login.staff.id)
      .orderBy('weekday')
      .execute();
    expect(hours).toEqual([
      { weekday: 3, starts_at: '16:00:00' },
      { weekday: 6, starts_at: '09:00:00' },
    ]);
  });

  test('BOOK-LENGTH: a dated exception is added and removed from the hours page; its slots go and come back', async () => {
    const login = await counsellorWithHours();
    const freeAt9 = async () => {
      const { days } = await findFreeSlots(ctx, {
        tenantId: f.tenantId,
        office: 'central',
        from: '2026-12-02',
        days: 1,
      });
      return days[0]!.slots.find((s) => s.startsAt.toISOString() === WED_0900)?.free ?? 0;
    };
    expect(await freeAt9()).toBe(2);
    const action = `/staff/bookings/hours/${f.officeId}/${login.staff.id}/exceptions`;
    const prefix = `x-${login.staff.id}-${f.officeId}`;
    const bad = await login.client.postForm(action, {
      [`${prefix}-onDate`]: '2026-12-02',
      [`${prefix}-kind`]: 'extra',
    });
    expect(bad.status).toBe(400);
    const badPage = await bad.text();
    expect(badPage).toContain('開始と終了の時刻を');
    expect(badPage).toContain(`href="#f-${prefix}-startsAt"`);
    expect(await freeAt9()).toBe(2);
    const added = await login.client.postForm(action, {
      [`${prefix}-onDate`]: '2026-12-02',
      [`${prefix}-kind`]: 'off',
      [`${prefix}-startsAt`]: '09:00',
      [`${prefix}-endsAt`]: '12:00',
      [`${prefix}-reason`]: '研修',
    });
    expect(added.status).toBe(303);
    expect(await freeAt9()).toBe(1);
    const page = await (await login.client.get(added.headers.get('location')!)).text();
    expect(page).toContain('休み・追加勤務を追加しました');
    expect(page).toContain('12月2日(水) 休み 09:00–12:00');
    const removeAction = /action="(\/staff\/bookings\/hours\/exceptions\/[0-9a-f-]{36}\/remove)"/.exec(
      page,
    )![1]!;
    const removed = await login.client.postForm(removeAction, {});
    expect(removed.status).toBe(303);
    expect(await freeAt9()).toBe(2);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('event')
      .where('event', 'like', 'availability.exception%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.event)).toEqual([
      'availability.exception_added',
      'availability.exception_removed',
    ]);
  });
});
