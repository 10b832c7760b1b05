import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import {
  BookingParams,
  bookingsHook,
  ChecklistSchema,
  CreateBookingBody,
  IdSchema,
  json,
  jsonBody,
  OfficeParams,
  PublicBookingSchema,
  publicErrors,
  SlotsSchema,
  TenantParam,
} from './bookings.api-schemas.ts';
import { ENVIRONMENT_CHECKLIST } from './bookings.schema.ts';
import { cancelByLink } from './cancel-by-link.ts';
import { createBooking } from './create-booking.ts';
import { findFreeSlots } from './find-free-slots.ts';

// Public JSON API: free slots, the checklist, booking, and the signed self-service cancel.
const tags = ['Bookings (public)'];

const routes = {
  slots: createRoute({
    method: 'get',
    path: '/api/t/{tenant}/offices/{office}/slots',
    tags,
    summary: 'Free consultation slots (BOOK-LENGTH, BOOK-DEADLINE; closed days have none)',
    request: {
      params: OfficeParams,
      query: z.object({
        from: z.iso.date().optional().openapi({ description: 'First day (Japan time); default today' }),
        days: z.coerce.number().int().min(1).max(62).optional(),
      }),
    },
    responses: { 200: json(SlotsSchema, 'Slots per day'), ...publicErrors },
  }),
  checklist: createRoute({
    method: 'get',
    path: '/api/t/{tenant}/bookings/checklist',
    tags,
    summary: 'The environment checklist every booking confirms (BOOK-ENV)',
    request: { params: TenantParam },
    responses: { 200: json(ChecklistSchema, 'Checklist items') },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/t/{tenant}/bookings',
    tags,
    summary: 'Book a consultation (BOOK-FIELDS); booking counts as consent to the terms in force',
    request: { params: TenantParam, body: jsonBody(CreateBookingBody) },
    responses: {
      201: json(PublicBookingSchema, 'Booked; the invitation follows by e-mail'),
      ...publicErrors,
    },
  }),
  cancel: createRoute({
    method: 'post',
    path: '/api/t/{tenant}/bookings/{id}/cancel',
    tags,
    summary: 'Self-service cancel with the signed link of the invitation (BOOK-CANCEL; tenant switch)',
    request: { params: BookingParams, query: z.object({ token: z.string().max(128) }) },
    responses: { 200: json(IdSchema, 'Cancelled'), ...publicErrors },
  }),
};

export function publicBookingApi(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: bookingsHook });

  app.openapi(routes.slots, async (c) => {
    const { tenant, office } = c.req.valid('param');
    const q = c.req.valid('query');
    const found = await findFreeSlots(ctx, { tenantId: tenant, office, ...q });
    return c.json(
      {
        office: {
          slug: found.office.slug,
          nameJa: found.office.name_ja,
          nameEn: found.office.name_en,
          phone: found.office.phone,
        },
        lengthMinutes: found.settings.bookingLengthMinutes,
        days: found.days.map((d) => ({
          date: d.date,
          closed: d.closed,
          slots: d.slots.map((s) => ({
            startsAt: s.startsAt.toISOString(),
            endsAt: s.endsAt.toISOString(),
            free: s.free,
          })),
        })),
      },
      200,
    );
  });

  app.openapi(routes.checklist, (c) =>
    c.json(
      { items: ENVIRONMENT_CHECKLIST.map((i) => ({ key: i.key, ja: i.label.ja, en: i.label.en })) },
      200,
    ),
  );

  app.openapi(routes.create, async (c) => {
    const { tenant } = c.req.valid('param');
    const { booking, office } = await createBooking(ctx, {
      tenantId: tenant,
      input: c.req.valid('json'),
      channel: 'api',
    });
    return c.json(
      {
        id: booking.id,
        status: booking.status,
        startsAt: booking.starts_at.toISOString(),
        endsAt: booking.ends_at.toISOString(),
        office: { nameJa: office.name_ja, nameEn: office.name_en, phone: office.phone },
        invitation:
          c.get('lang') === 'en'
            ? `The invitation is sent by e-mail today. If it has not arrived today, please call ${office.phone}.`
            : `招待メールを本日中にお送りします。届かない場合は ${office.phone} にお電話ください。`,
      },
      201,
    );
  });

  app.openapi(routes.cancel, async (c) => {
    const { tenant, id } = c.req.valid('param');
    const row = await cancelByLink(ctx, {
      tenantId: tenant,
      bookingId: id,
      token: c.req.valid('query').token,
    });
    return c.json({ id: row.id, status: row.status }, 200);
  });
  return app;
}
