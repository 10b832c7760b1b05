import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../../http/env.ts';
import { errorResponse, TenantParam } from '../../http/openapi.ts';
import { authorize } from '../../kernel/policy/authorize.ts';
import { fromZodError } from '../../kernel/validation.ts';
import { createOffice } from './create-office.ts';
import { listOffices } from './tenants.repository.ts';
import { tenantFieldLabels } from './tenants.schema.ts';

// The tenant's offices over JSON. Staff see only their own tenant: another tenant's name answers 404.

const OfficeSchema = z
  .object({
    id: z.uuid(),
    tenantId: z.string(),
    slug: z.string(),
    nameJa: z.string(),
    nameEn: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    opensAt: z.string().openapi({ example: '08:30' }),
    closesAt: z.string().openapi({ example: '17:15' }),
  })
  .openapi('Office');

type OfficeRow = Awaited<ReturnType<typeof listOffices>>[number];
const toJson = (o: OfficeRow) => ({
  id: o.id,
  tenantId: o.tenant_id,
  slug: o.slug,
  nameJa: o.name_ja,
  nameEn: o.name_en,
  phone: o.phone,
  email: o.email,
  address: o.address,
  opensAt: o.opens_at.slice(0, 5),
  closesAt: o.closes_at.slice(0, 5),
});

const errorResponses = {
  400: errorResponse('Invalid input (each field named, ja/en)'),
  401: errorResponse('Not logged in'),
  404: errorResponse('No such tenant (or not yours)'),
};

const listOfficesRoute = createRoute({
  method: 'get',
  path: '/api/tenants/{tenant}/offices',
  tags: ['tenants'],
  summary: "The tenant's offices",
  request: { params: TenantParam },
  responses: {
    200: {
      description: 'Offices',
      content: { 'application/json': { schema: z.object({ offices: z.array(OfficeSchema) }) } },
    },
    ...errorResponses,
  },
});

const createOfficeRoute = createRoute({
  method: 'post',
  path: '/api/tenants/{tenant}/offices',
  tags: ['tenants'],
  summary: 'Add an office (administrators only)',
  request: {
    params: TenantParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            slug: z.string(),
            nameJa: z.string(),
            nameEn: z.string(),
            phone: z.string(),
            email: z.string().optional(),
            address: z.string().optional(),
            opensAt: z.string().optional().openapi({ example: '08:30' }),
            closesAt: z.string().optional().openapi({ example: '17:15' }),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: OfficeSchema } } },
    ...errorResponses,
    409: errorResponse('Identifier taken'),
  },
});

export function tenantRoutes(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw fromZodError(result.error, tenantFieldLabels);
    },
  });

  app.openapi(listOfficesRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    authorize(c.get('principal'), 'office.read', { tenantId: tenant });
    return c.json({ offices: (await listOffices(ctx.db, tenant)).map(toJson) }, 200);
  });

  app.openapi(createOfficeRoute, async (c) => {
    const { tenant } = c.req.valid('param');
    const principal = authorize(c.get('principal'), 'office.manage', { tenantId: tenant });
    const office = await createOffice(ctx, {
      actor: { kind: 'staff', id: principal.staffId, tenantId: principal.tenantId },
      tenantId: tenant,
      input: c.req.valid('json'),
    });
    return c.json(toJson(office), 201);
  });
  return app;
}
