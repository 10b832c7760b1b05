import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { validationHook } from '../../http/validation-hook.ts';

export { staffSession } from './staff.session.ts';

export function staffRoutes(_ctx: AppContext) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
