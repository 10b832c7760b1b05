import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { authorize } from '../../kernel/policy/authorize.ts';
import { toWallTime } from '../../kernel/time/zoned.ts';
import { addClosure, getTenantSettings, listClosuresFrom, removeClosure } from '../tenants/index.ts';
import { bookingsHook, IdSchema, json, jsonBody, staffErrors, TenantParam } from './bookings.api-schemas.ts';
import { updateBookingSettings } from './update-booking-settings.ts';

// Staff JSON API (administrators): the tenant's booking settings and its closures.
const tags = ['Bookings (settings)'];
const base = '/api/staff/t/{tenant}';
const SettingsSchema = z
  .object({
    bookingLengthMinutes: z.number().int().openapi({ example: 30 }),
    bookingDeadline: z.enum(['previous-calendar-day', 'previous-business-day-closing']),
    noShowAfterMinutes: z.number().int().openapi({ example: 10 }),
    noShowFlagThreshold: z.number().int().openapi({ example: 2 }),
    reminderDayBefore: z.boolean(),
    selfServiceCancel: z.boolean(),
  })
  .openapi('BookingSettings');
const ClosureSchema = z
  .object({
    id: z.string(),
    officeId: z.string().nullable(),
    startsOn: z.string().openapi({ example: '2026-12-24' }),
    endsOn: z.string().openapi({ example: '2026-12-24' }),
    reason: z.string(),
  })
  .openapi('Closure');
const ClosureParams = TenantParam.extend({
  closureId: z
    .string()
    .max(64)
    .openapi({ param: { name: 'closureId', in: 'path' } }),
});

const routes = {
  getSettings: createRoute({
    method: 'get',
    path: `${base}/booking-settings`,
    tags,
    summary: "The tenant's booking settings",
    request: { params: TenantParam },
    responses: { 200: json(SettingsSchema, 'Settings'), ...staffErrors },
  }),
  putSettings: createRoute({
    method: 'put',
    path: `${base}/booking-settings`,
    tags,
    summary: 'Change the booking settings (the length only while nothing is booked ahead, BOOK-LENGTH)',
    request: { params: TenantParam, body: jsonBody(SettingsSchema) },
    responses: { 200: json(SettingsSchema, 'Saved'), ...staffErrors },
  }),
  closures: createRoute({
    method: 'get',
    path: `${base}/closures`,
    tags,
    summary: 'Closures that have not ended yet (holidays and the year-end break come on top)',
    request: { params: TenantParam },
    responses: { 200: json(z.object({ closures: z.array(ClosureSchema) }), 'Closures'), ...staffErrors },
  }),
  addClosure: createRoute({
    method: 'post',
    path: `${base}/closures`,
    tags,
    summary: 'Add a closure for the whole tenant or one office',
    request: {
      params: TenantParam,
      body: jsonBody(ClosureSchema.omit({ id: true }).extend({ officeId: z.string().nullable().optional() })),
    },
    responses: { 201: json(IdSchema, 'Added'), ...staffErrors },
  }),
  removeClosure: createRoute({
    method: 'delete',
    path: `${base}/closures/{closureId}`,
    tags,
    summary: 'Take back a closure',
    request: { params: ClosureParams },
    responses: { 200: json(IdSchema, 'Removed'), ...staffErrors },
  }),
};

const pick = (s: z.infer<typeof SettingsSchema>) => ({
  bookingLengthMinutes: s.bookingLengthMinutes,
  bookingDeadline: s.bookingDeadline,
  noShowAfterMinutes: s.noShowAfterMinutes,
  noShowFlagThreshold: s.noShowFlagThreshold,
  reminderDayBefore: s.reminderDayBefore,
  selfServiceCancel: s.selfServiceCancel,
});

export function bookingSettingsApi(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: bookingsHook });
  const admin = (c: { get(key: 'principal'): AppEnv['Variables']['principal'] }, tenantId: string) => {
    const principal = authorize(c.get('principal'), 'tenant.manage', { tenantId });
    return { principal, actor: { kind: 'staff' as const, id: principal.staffId, tenantId } };
  };

  app.openapi(routes.getSettings, async (c) => {
    const { tenant } = c.req.valid('param');
    admin(c, tenant);
    return c.json(pick((await getTenantSettings(ctx.db, tenant)).settings), 200);
  });
  app.openapi(routes.putSettings, async (c) => {
    const { tenant } = c.req.valid('param');
    const saved = await updateBookingSettings(ctx, {
      principal: c.get('principal'),
      tenantId: tenant,
      input: c.req.valid('json'),
    });
    return c.json(pick(saved), 200);
  });
  app.openapi(routes.closures, async (c) => {
    const { tenant } = c.req.valid('param');
    admin(c, tenant);
    const { zone } = await getTenantSettings(ctx.db, tenant);
    const rows = await listClosuresFrom(ctx.db, tenant, toWallTime(ctx.clock.now(), zone).date);
    const closures = rows.map((k) => ({
      id: k.id,
      officeId: k.office_id,
      startsOn: k.starts_on,
      endsOn: k.ends_on,
      reason: k.reason,
    }));
    return c.json({ closures }, 200);
  });
  app.openapi(routes.addClosure, async (c) => {
    const { tenant } = c.req.valid('param');
    const { actor } = admin(c, tenant);
    const closure = await addClosure(ctx, { actor, tenantId: tenant, input: c.req.valid('json') });
    return c.json({ id: closure.id }, 201);
  });
  app.openapi(routes.removeClosure, async (c) => {
    const { tenant, closureId } = c.req.valid('param');
    const { actor } = admin(c, tenant);
    const closure = await removeClosure(ctx, { actor, tenantId: tenant, closureId });
    return c.json({ id: closure.id }, 200);
  });
  return app;
}
