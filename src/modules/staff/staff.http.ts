// Placeholder until the staff area lands: no sessions, no routes.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';

export function staffSession(_ctx: AppContext): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    await next();
  };
}

export function staffRoutes(_ctx: AppContext) {
  return new OpenAPIHono<AppEnv>();
}
