import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../../http/app.ts';
import { createTestContext, type TestContext } from '../../../testing/test-context.ts';
import { createStaffAndLogin } from '../../staff/testing.ts';
import { getTenantCalendar } from '../../tenants/index.ts';
import { bookingQueues } from '../bookings.workers.ts';
import { createBooking } from '../create-booking.ts';
import { findFreeSlots } from '../find-free-slots.ts';
import { type BookingFixture, bookingInput, createBookingFixture } from '../testing.ts';

// The test clock: Tuesday 2026-12-01 10:00 JST.
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

const admin = () => createStaffAndLogin(ctx, app, { tenantId: f.tenantId, roles: ['admin'] });
const form = {
  bookingLengthMinutes: '30',
  bookingDeadline: 'previous-business-day-closing',
  noShowAfterMinutes: '15',
  noShowFlagThreshold: '3',
  selfServiceCancel: 'on',
};

describe('booking settings and closures, set by an administrator', () => {
  test('BOOK-DEADLINE / BOOK-CANCEL / BOOK-INVITE: the settings page saves the tenant options, audited; an unticked box is off', async () => {
    const login = await admin();
    const page = await (await login.client.get('/staff/bookings/settings')).text();
    expect(page).toContain('前日の終わりまで');
    const saved = await login.client.postForm('/staff/bookings/settings', form);
    expect(saved.status).toBe(303);
    const { settings } = await getTenantCalendar(ctx.db, f.tenantId);
    expect(settings).toMatchObject({
      bookingDeadline: 'previous-business-day-closing',
      noShowAfterMinutes: 15,
      noShowFlagThreshold: 3,
      selfServiceCancel: true,
      reminderDayBefore: false,
    });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'data'])
      .where('event', '=', 'tenant.booking_settings_changed')
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(login.staff.id);
    expect(Object.keys((audit.data as { changed: object }).changed).sort()).toEqual([
      'bookingDeadline',
      'noShowAfterMinutes',
      'noShowFlagThreshold',
      'reminderDayBefore',
      'selfServiceCancel',
    ]);
  });

  test('bad input names the field and writes nothing; a counsellor cannot open the page', async () => {
    const login = await admin();
    const bad = await login.client.postForm('/staff/bookings/settings', {
      ...form,
      bookingLengthMinutes: '5',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('相談の長さ（分）');
    expect((await getTenantCalendar(ctx.db, f.tenantId)).settings.noShowAfterMinutes).toBe(10);
    const counsellor = await createStaffAndLogin(ctx, app, {
      tenantId: f.tenantId,
      roles: ['counsellor'],
      officeIds: [f.officeId],
    });
    expect((await counsellor.client.get('/staff/bookings/settings')).status).toBe(403);
  });

  test('BOOK-LENGTH: the session length cannot change while sessions are booked ahead', async () => {
    await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, '2026-12-02T00:00:00Z'),
      channel: 'web',
    });
    const login = await admin();
    const refused = await login.client.postForm('/staff/bookings/settings', {
      ...form,
      bookingLengthMinutes: '45',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('予約済みの今後の相談が1件あるため');
    expect((await getTenantCalendar(ctx.db, f.tenantId)).settings.bookingLengthMinutes).toBe(30);
  });

  test('a closure added on the page closes that day for booking; removing it opens the day again', async () => {
    const login = await admin();
    const slotsOn = async (date: string) =>
      (await findFreeSlots(ctx, { tenantId: f.tenantId, office: 'central', from: date, days: 1 })).days[0]!;
    expect((await slotsOn('2026-12-04')).slots.length).toBeGreaterThan(0);
    const backwards = await login.client.postForm('/staff/bookings/settings/closures', {
      startsOn: '2026-12-04',
      endsOn: '2026-12-03',
      reason: '研修',
      officeId: '',
    });
    expect(backwards.status).toBe(400);
    expect(await backwards.text()).toContain('終了日は開始日以降にしてください');
    const added = await login.client.postForm('/staff/bookings/settings/closures', {
      startsOn: '2026-12-04',
      endsOn: '2026-12-04',
      reason: '庁舎の停電',
      officeId: f.officeId,
    });
    expect(added.status).toBe(303);
    expect(await slotsOn('2026-12-04')).toMatchObject({ slots: [] });
    const page = await (await login.client.get(added.headers.get('location')!)).text();
    expect(page).toContain('庁舎の停電');
    const remove = /action="(\/staff\/bookings\/settings\/closures\/[0-9a-f-]{36}\/remove)"/.exec(page)![1]!;
    expect((await login.client.postForm(remove, {})).status).toBe(303);
    expect((await slotsOn('2026-12-04')).slots.length).toBeGreaterThan(0);
    const events = await ctx.db
      .selectFrom('audit_log')
      .select('event')
      .where('event', 'like', 'tenant.closure%')
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.event)).toEqual(['tenant.closure_added', 'tenant.closure_removed']);
  });

  test('the API reads and changes the settings and closures; another tenant gets 404', async () => {
    const login = await admin();
    const base = `/api/staff/t/${f.tenantId}`;
    const current = (await (await login.client.json('GET', `${base}/booking-settings`)).json()) as Record<
      string,
      unknown
    >;
    expect(current).toMatchObject({ bookingLengthMinutes: 30, reminderDayBefore: true });
    const put = await login.client.json('PUT', `${base}/booking-settings`, {
      ...current,
      reminderDayBefore: false,
    });
    expect(put.status).toBe(200);
    expect((await getTenantCalendar(ctx.db, f.tenantId)).settings.reminderDayBefore).toBe(false);
    const added = await login.client.json('POST', `${base}/closures`, {
      startsOn: '2026-12-24',
      endsOn: '2026-12-25',
      reason: '年末の点検',
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    const list = (await (await login.client.json('GET', `${base}/closures`)).json()) as {
      closures: unknown[];
    };
    expect(list.closures).toEqual([
      { id, officeId: null, startsOn: '2026-12-24', endsOn: '2026-12-25', reason: '年末の点検' },
    ]);
    const other = await createBookingFixture(ctx, { tenantId: 'hw-other', counsellors: 0 });
    const stranger = await createStaffAndLogin(ctx, app, { tenantId: other.tenantId, roles: ['admin'] });
    expect((await stranger.client.json('GET', `${base}/booking-settings`)).status).toBe(404);
    expect(
      (await stranger.client.json('DELETE', `/api/staff/t/${other.tenantId}/closures/${id}`)).status,
    ).toBe(404);
    expect((await login.client.json('DELETE', `${base}/closures/${id}`)).status).toBe(200);
  });
});
