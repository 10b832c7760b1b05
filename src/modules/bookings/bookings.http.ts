import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { publicBookingApi } from './bookings.api.ts';
import { staffBookingApi } from './bookings-staff.api.ts';

/** Public booking pages and API, the counsellor console and the staff API. */
export function bookingRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  app.route('/', publicBookingApi(ctx));
  app.route('/', staffBookingApi(ctx));
  return app;
}
