// Placeholder until the bookings area lands.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';

export function bookingRoutes(_ctx: AppContext) {
  return new OpenAPIHono<AppEnv>();
}
