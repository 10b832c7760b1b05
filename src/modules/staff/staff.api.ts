import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { errorResponse, json, TenantParam } from '../../http/openapi.ts';
import { AppError } from '../../kernel/errors.ts';
import { authorize, ROLES } from '../../kernel/policy/authorize.ts';
import { fromZodError } from '../../kernel/validation.ts';
import { createStaff } from './create-staff.ts';
import { login } from './login.ts';
import { getStaff, listStaff } from './manage-staff.ts';
import { staffActor } from './pages/page-helpers.ts';
import { verifySecondFactor } from './second-factor.ts';
import { logout } from './sessions.ts';
import type { StaffRow } from './staff.repository.ts';
import { staffFieldLabels } from './staff.schema.ts';
import { assertSameOrigin, clearSessionCookie, setSessionCookie } from './staff.session.ts';

// JSON API for staff: log in (cookie or bearer token), who am I, the tenant's staff list.

const StaffSchema = z
  .object({
    id: z.uuid(),
    tenantId: z.string(),
    email: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLES)),
    officeIds: z.array(z.uuid()).openapi({ description: 'Empty: every office of the tenant.' }),
    active: z.boolean(),
    totpEnabled: z.boolean(),
  })
  .openapi('Staff');

const toJson = (s: StaffRow): z.infer<typeof StaffSchema> => ({
  id: s.id,
  tenantId: s.tenant_id,
  email: s.email,
  displayName: s.display_name,
  roles: s.roles,
  officeIds: s.office_ids,
  active: s.active,
  totpEnabled: s.totp_enabled_at !== null,
});

const errors = {
  400: errorResponse('Invalid input (each field named, ja/en)'),
  401: errorResponse('Not logged in'),
  404: errorResponse('No such tenant (or not yours)'),
};

/** Request schemas stay loose; the use-cases validate with field labels in both languages. */
const labelledHook = (result: { success: true } | { success: false; error: z.ZodError }) => {
  if (!result.success) throw fromZodError(result.error, staffFieldLabels);
};

const sessionRoute = createRoute({
  method: 'post',
  path: '/api/staff/session',
  tags: ['staff'],
  summary: 'Log in with e-mail and password',
  description:
    'Returns a session token (also set as the mg_session cookie). Admins and approvers then send a TOTP code to /api/staff/session/totp. 5 failures in a row lock the account for 15 minutes (423).',
  request: {
    body: {
      content: { 'application/json': { schema: z.object({ email: z.string(), password: z.string() }) } },
    },
  },
  responses: {
    200: json(
      z.object({
        token: z.string(),
        expiresAt: z.string(),
        secondFactor: z.enum(['none', 'verify', 'setup']),
      }),
      'Logged in; secondFactor says whether a TOTP code is still needed',
    ),
    ...errors,
    423: errorResponse('Locked after repeated failures'),
  },
});

const totpRoute = createRoute({
  method: 'post',
  path: '/api/staff/session/totp',
  tags: ['staff'],
  summary: 'Complete the login with a TOTP code',
  request: { body: { content: { 'application/json': { schema: z.object({ code: z.string() }) } } } },
  responses: { 200: json(z.object({ ok: z.literal(true) }), 'Second factor accepted'), ...errors },
});

const logoutRoute = createRoute({
  method: 'delete',
  path: '/api/staff/session',
  tags: ['staff'],
  summary: 'Log out',
  responses: { 204: { description: 'Session ended' } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/staff/me',
  tags: ['staff'],
  summary: 'The logged-in staff member',
  responses: { 200: json(StaffSchema, 'Who am I'), ...errors },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/tenants/{tenant}/staff',
  tags: ['staff'],
  summary: "The tenant's staff (administrators only)",
  request: { params: TenantParam },
  responses: { 200: json(z.object({ staff: z.array(StaffSchema) }), 'Staff of the tenant'), ...errors },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/api/tenants/{tenant}/staff',
  tags: ['staff'],
  summary: 'Add a staff member (administrators only)',
  description: 'SNS-PASSWORD: at least 8 characters mixing letters, digits and symbols, zxcvbn score ≥ 3.',
  request: {
    params: TenantParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            email: z.string(),
            displayName: z.string(),
            roles: z.array(z.string()),
            officeIds: z.array(z.string()).optional().openapi({ description: 'Office ids or slugs' }),
            password: z.string(),
          }),
        },
      },
    },
  },
  responses: {
    201: json(StaffSchema, 'Created'),
    ...errors,
    409: errorResponse('E-mail already registered'),
  },
});

export function staffApi(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: labelledHook });

  app.openapi(sessionRoute, async (c) => {
    assertSameOrigin(c);
    const body = c.req.valid('json');
    const session = await login(ctx, { ...body, userAgent: c.req.header('user-agent') ?? null });
    setSessionCookie(c, session.token, session.expiresAt);
    return c.json(
      {
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        secondFactor: session.secondFactor,
      },
      200,
    );
  });

  app.openapi(totpRoute, async (c) => {
    const sessionId = c.get('sessionId');
    if (!sessionId) throw new AppError('unauthenticated');
    await verifySecondFactor(ctx, { sessionId, code: c.req.valid('json').code });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const sessionId = c.get('sessionId');
    if (sessionId) await logout(ctx, { sessionId });
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => {
    const principal = authorize(c.get('principal'), 'office.read');
    return c.json(
      toJson(await getStaff(ctx, { tenantId: principal.tenantId, staffId: principal.staffId })),
      200,
    );
  });

  app.openapi(listRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    authorize(c.get('principal'), 'staff.manage', { tenantId: tenant });
    return c.json({ staff: (await listStaff(ctx, { tenantId: tenant })).map(toJson) }, 200);
  });

  app.openapi(createRouteDef, async (c) => {
    const { tenant } = c.req.valid('param');
    const principal = authorize(c.get('principal'), 'staff.manage', { tenantId: tenant });
    const staff = await createStaff(ctx, {
      actor: staffActor(principal),
      tenantId: tenant,
      input: c.req.valid('json'),
    });
    return c.json(toJson(staff), 201);
  });
  return app;
}
