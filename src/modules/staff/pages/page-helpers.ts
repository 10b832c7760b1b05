import type { Context } from 'hono';
import type { AppEnv } from '../../../http/env.ts';
import { formToObject } from '../../../http/pages/forms.ts';
import { AppError } from '../../../kernel/errors.ts';
import type { Principal, Role } from '../../../kernel/policy/authorize.ts';
import { roleLabels } from '../staff.schema.ts';

export { principalOf } from '../../../http/pages/staff-page.ts';

/** Errors a form shows beside its fields; anything else goes to the error page. */
export function formFailure(error: unknown): AppError {
  if (error instanceof AppError && error.code !== 'internal' && error.code !== 'not_found') return error;
  throw error;
}

export type FormStatus = 400 | 401 | 403 | 409 | 422 | 423;
export const statusOf = (error: AppError) => error.status as FormStatus;

export async function formBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  return formToObject(await c.req.parseBody({ all: true }));
}

export const roleNames = (roles: readonly Role[], lang: 'ja' | 'en') =>
  roles.map((r) => roleLabels[r][lang]).join('、');

export const staffActor = (p: Principal) => ({ kind: 'staff', id: p.staffId, tenantId: p.tenantId }) as const;
