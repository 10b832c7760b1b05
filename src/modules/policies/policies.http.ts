// Placeholder until the policies area lands.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';

export function policyRoutes(_ctx: AppContext) {
  return new OpenAPIHono<AppEnv>();
}
