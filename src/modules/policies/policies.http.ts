import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { staffConsentPages } from './pages/consents.pages.ts';
import { publicPolicyPages } from './pages/public.pages.ts';
import { staffPolicyPages } from './pages/staff.pages.ts';
import { publicPolicyApi } from './policies.api.ts';
import { staffPolicyApi } from './policies-staff.api.ts';

/** Public policy pages and API, the staff console for policies and consents, the staff API. */
export function policyRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>();
  app.route('/', publicPolicyPages(ctx));
  app.route('/', staffPolicyPages(ctx));
  app.route('/', staffConsentPages(ctx));
  app.route('/', publicPolicyApi(ctx));
  app.route('/', staffPolicyApi(ctx));
  return app;
}
