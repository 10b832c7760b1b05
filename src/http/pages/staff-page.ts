import type { Context } from 'hono';
import { AppError } from '../../kernel/errors.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import type { AppEnv } from '../env.ts';

// Shared by the staff console's pages in every area.

/** The middleware lets only logged-in staff reach these pages; this narrows the type. */
export function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new AppError('unauthenticated');
  return principal;
}

/** Errors shown beside the form; not-found, permission and internal errors go to the error page. */
export function formError(error: unknown): AppError {
  if (
    error instanceof AppError &&
    !['not_found', 'internal', 'unauthenticated', 'forbidden'].includes(error.code)
  ) {
    return error;
  }
  throw error;
}
