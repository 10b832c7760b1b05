import { z } from '@hono/zod-openapi';

// The pieces every area's API description shares: the error body (what AppError.toJSON gives),
// JSON request/response wrappers and the tenant path parameter.

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      rule: z.string().optional(),
      issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const pathSegment = (name: string, example?: string) =>
  z
    .string()
    .max(64)
    .openapi({ param: { name, in: 'path' }, ...(example ? { example } : {}) });

export const TenantParam = z.object({ tenant: pathSegment('tenant', 'hw-kibi') });
