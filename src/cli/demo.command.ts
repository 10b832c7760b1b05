import { printDemo, seedDemo } from '../demo/seed-demo.ts';
import { openCliContext } from './cli-context.ts';

/** Seeds the demo tenants (idempotent) and prints their URLs and the demo logins. */
export async function demoCommand(): Promise<number> {
  const { ctx, close } = await openCliContext();
  try {
    printDemo(await seedDemo(ctx), ctx.config.BASE_URL);
    return 0;
  } finally {
    await close();
  }
}
