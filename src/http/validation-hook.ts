import type { ZodError } from 'zod';
import { fromZodError } from '../kernel/validation.ts';

/** zod-openapi's hook: a request that fails its schema becomes a ja/en validation error naming the fields. */
export function validationHook(result: { success: true } | { success: false; error: ZodError }): void {
  if (!result.success) throw fromZodError(result.error);
}
