import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { publicBookingApi } from './bookings.api.ts';
import { staffBookingApi } from './bookings-staff.api.ts';
import { consolePages } from './pages/console.pages.ts';
import { hoursPages } from './pages/hours.pages.ts';
import { jobSeekerPages } from './pages/job-seekers.pages.ts';
import { publicBookingPages } from './pages/public.pages.ts';
import { selfCancelPages } from './pages/self-cancel.pages.ts';
import { settingsPages } from './pages/settings.pages.ts';
import { bookingSettingsApi } from './settings.api.ts';

/** Public booking pages and API, the counsellor console and the staff API. */
export function bookingRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  app.route('/', publicBookingPages(ctx));
  app.route('/', selfCancelPages(ctx));
  app.route('/', jobSeekerPages(ctx));
  app.route('/', hoursPages(ctx));
  app.route('/', settingsPages(ctx));
  app.route('/', consolePages(ctx));
  app.route('/', publicBookingApi(ctx));
  app.route('/', staffBookingApi(ctx));
  app.route('/', bookingSettingsApi(ctx));
  return app;
}
