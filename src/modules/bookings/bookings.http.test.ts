import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../http/app.ts';
import { TestClient } from '../../testing/http-client.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { createStaffAndLogin } from '../staff/testing.ts';
import { updateTenantSettings } from '../tenants/index.ts';
import { bookingQueues } from './bookings.workers.ts';
import { cancelUrl } from './cancel-link.ts';
import { setWeeklyHours } from './set-weekly-hours.ts';
import { type BookingFixture, bookingInput, createBookingFixture, WEEKDAY_HOURS } from './testing.ts';

const WED_0900 = '2026-12-02T00:00:00.000Z';
let ctx: TestContext;
let app: App;
let f: BookingFixture;
let counsellor: TestClient;
let counsellorId: string;

beforeEach(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
  app = createApp(ctx);
  f = await createBookingFixture(ctx, { counsellors: 0 });
  const login = await createStaffAndLogin(ctx, app, {
    tenantId: f.tenantId,
    roles: ['counsellor'],
    officeIds: [f.officeId],
  });
  counsellor = login.client;
  counsellorId = login.staff.id;
  await setWeeklyHours(ctx, {
    principal: f.admin,
    tenantId: f.tenantId,
    office: f.officeId,
    staffId: counsellorId,
    input: { hours: WEEKDAY_HOURS },
  });
});
afterEach(async () => {
  await ctx.close();
});

const publicClient = () => new TestClient(app, ctx.config.SECRET_KEY);
const post = (client: TestClient, path: string, body: unknown, headers: Record<string, string> = {}) =>
  client.json('POST', path, body, headers);

describe('bookings API', () => {
  test('the OpenAPI document lists the public and staff booking routes', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    for (const path of [
      '/api/t/{tenant}/offices/{office}/slots',
      '/api/t/{tenant}/bookings',
      '/api/t/{tenant}/bookings/{id}/cancel',
      '/api/staff/t/{tenant}/sessions',
      '/api/staff/t/{tenant}/bookings/{id}/follow-up',
      '/api/staff/t/{tenant}/bookings/{id}/stop',
      '/api/staff/t/{tenant}/job-seekers/{jobSeekerId}/refusal',
      '/api/staff/t/{tenant}/offices/{office}/counsellors/{staffId}/hours',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  test('BOOK-FIELDS: slots, then a booking; the answer says the invitation comes by e-mail today', async () => {
    const slots = await app.request(`/api/t/${f.tenantId}/offices/central/slots?from=2026-12-02&days=1`);
    const body = (await slots.json()) as {
      days: { slots: { startsAt: string; free: number }[] }[];
      lengthMinutes: number;
    };
    expect(body.lengthMinutes).toBe(30);
    expect(body.days[0]!.slots[0]).toMatchObject({ startsAt: WED_0900, free: 1 });
    const res = await post(publicClient(), `/api/t/${f.tenantId}/bookings`, bookingInput(f, WED_0900));
    expect(res.status).toBe(201);
    const booked = (await res.json()) as { status: string; invitation: string };
    expect(booked.status).toBe('booked');
    expect(booked.invitation).toContain('本日中');
    expect(booked.invitation).toContain('086-000-1234');
  });

  test('bad input: 400 naming the field, in English with Accept-Language: en', async () => {
    const res = await post(
      publicClient(),
      `/api/t/${f.tenantId}/bookings`,
      bookingInput(f, WED_0900, { jobSeekerNumber: '12-34' }),
      {
        'accept-language': 'en',
      },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { field: string; message: string }[] } };
    expect(body.error.issues[0]).toMatchObject({ field: 'jobSeekerNumber' });
    expect(body.error.issues[0]!.message).toContain('job-seeker number');
  });

  test('a taken slot answers 409 "その枠は先に予約されました"', async () => {
    await post(publicClient(), `/api/t/${f.tenantId}/bookings`, bookingInput(f, WED_0900));
    const res = await post(
      publicClient(),
      `/api/t/${f.tenantId}/bookings`,
      bookingInput(f, WED_0900, { jobSeekerNumber: f.numbers[1] }),
    );
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      'その枠は先に予約されました',
    );
  });

  test("counsellor console API: today's sessions, join, contact, phone cancellation", async () => {
    const created = (await (
      await post(publicClient(), `/api/t/${f.tenantId}/bookings`, bookingInput(f, WED_0900))
    ).json()) as { id: string };
    const day = await counsellor.get(`/api/staff/t/${f.tenantId}/sessions?date=2026-12-02`);
    const sessions = (
      (await day.json()) as { sessions: { id: string; counsellorId: string; meetingUrl: string }[] }
    ).sessions;
    expect(sessions.map((s) => s.id)).toEqual([created.id]);
    expect(sessions[0]!.counsellorId).toBe(counsellorId);
    expect(sessions[0]!.meetingUrl).toMatch(/^https:\/\/meet\.madoguchi\.invalid\/madoguchi-[\w-]{22}$/);

    const contact = await post(counsellor, `/api/staff/t/${f.tenantId}/bookings/${created.id}/contacts`, {
      note: '電話: 5分遅れ',
    });
    expect(contact.status).toBe(200);
    const cancel = await post(counsellor, `/api/staff/t/${f.tenantId}/bookings/${created.id}/cancel`, {
      reason: '電話で取消',
    });
    expect((await cancel.json()) as { status: string; cancelReason: string }).toMatchObject({
      status: 'cancelled',
      cancelReason: '電話で取消',
    });
  });

  test('another tenant or a logged-out client cannot reach the staff API', async () => {
    const created = (await (
      await post(publicClient(), `/api/t/${f.tenantId}/bookings`, bookingInput(f, WED_0900))
    ).json()) as { id: string };
    const other = await createBookingFixture(ctx, { tenantId: 'hw-other', counsellors: 0 });
    const stranger = await createStaffAndLogin(ctx, app, { tenantId: other.tenantId, roles: ['admin'] });
    expect((await stranger.client.get(`/api/staff/t/${f.tenantId}/bookings/${created.id}`)).status).toBe(404);
    expect((await publicClient().get(`/api/staff/t/${f.tenantId}/sessions`)).status).toBe(401);
  });

  test('BOOK-CANCEL: the self-service link works only when the tenant switches it on', async () => {
    const created = (await (
      await post(publicClient(), `/api/t/${f.tenantId}/bookings`, bookingInput(f, WED_0900))
    ).json()) as { id: string };
    const link = new URL(cancelUrl(ctx.config.BASE_URL, ctx.config.SECRET_KEY, f.tenantId, created.id));
    const path = `/api/t/${f.tenantId}/bookings/${created.id}/cancel${link.search}`;
    expect((await post(publicClient(), path, undefined)).status).toBe(404);
    await updateTenantSettings(ctx.db, f.tenantId, { selfServiceCancel: true });
    expect(
      (
        await post(
          publicClient(),
          `/api/t/${f.tenantId}/bookings/${created.id}/cancel?token=forged`,
          undefined,
        )
      ).status,
    ).toBe(404);
    const res = await post(publicClient(), path, undefined);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('cancelled');
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['event', 'rule_id', 'data'])
      .where('subject_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(audit.at(-1)).toMatchObject({
      event: 'booking.cancelled',
      rule_id: 'BOOK-CANCEL',
      data: { channel: 'self' },
    });
  });
});
