// Placeholder until the tenants pages lands.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';

export function tenantRoutes(_ctx: AppContext) {
  return new OpenAPIHono<AppEnv>();
}
