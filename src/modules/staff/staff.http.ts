import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { validationHook } from '../../http/validation-hook.ts';
import { adminPages } from './pages/admin.page.ts';
import { homePages } from './pages/home.page.ts';
import { loginPages } from './pages/login.page.ts';
import { staffEditPages } from './pages/staff-edit.page.ts';
import { totpPages } from './pages/totp.page.ts';
import { staffApi } from './staff.api.ts';

export { staffSession } from './staff.session.ts';

/** Staff console pages (/staff, login, TOTP, password, admin) and the staff JSON API. */
export function staffRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  for (const area of [loginPages, totpPages, homePages, adminPages, staffEditPages, staffApi])
    app.route('/', area(ctx));
  return app;
}
