import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import type { AppContext } from '../context.ts';
import { AppError } from '../kernel/errors.ts';
import { bookingRoutes } from '../modules/bookings/bookings.http.ts';
import { policyRoutes } from '../modules/policies/policies.http.ts';
import { staffRoutes, staffSession } from '../modules/staff/staff.http.ts';
import { tenantRoutes } from '../modules/tenants/tenants.http.ts';
import { csrfProtection } from './csrf.ts';
import type { AppEnv } from './env.ts';
import { handleError } from './error-handler.ts';
import { detectLang } from './i18n.ts';
import { homeRoutes } from './pages/home.ts';
import { kernelRecordRoutes } from './pages/kernel-records.ts';
import { appCss } from './pages/styles.ts';
import { validationHook } from './validation-hook.ts';

export type App = OpenAPIHono<AppEnv>;

/** Each business area contributes its pages and API routes. */
const areas = [homeRoutes, kernelRecordRoutes, tenantRoutes, staffRoutes, policyRoutes, bookingRoutes];

export function createApp(ctx: AppContext): App {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const secure = ctx.config.BASE_URL.startsWith('https://');

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || randomUUID();
    c.set('app', ctx);
    c.set('requestId', requestId);
    c.set('log', ctx.logger.child({ requestId }));
    c.set('lang', detectLang(c));
    c.set('principal', null);
    c.set('sessionId', null);
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    c.get('log').info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('*', csrfProtection(ctx.config.SECRET_KEY, secure));
  app.use('*', staffSession(ctx));
  app.onError(handleError);
  app.notFound((c) => handleError(new AppError('not_found'), c));

  app.get('/assets/app.css', (c) => {
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(appCss);
  });
  app.get('/healthz', (c) => c.json({ ok: true }));

  for (const area of areas) app.route('/', area(ctx));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'madoguchi API',
      version: '0.1.0',
      description: 'Bookings, policies and consent, staff administration. Errors carry ja/en messages.',
    },
  });
  return app;
}
