// node bench/staff.bench.ts — login answer times (unknown e-mail vs wrong password vs right password:
// they should fall in the same class, dominated by one argon2id verification) and the cost of the
// per-request session check. Embedded database (PGlite) unless TEST_DATABASE_URL is set. Prints figures.
import { createApp } from '../src/http/app.ts';
import { AppError } from '../src/kernel/errors.ts';
import { createStaff, findSession, login } from '../src/modules/staff/index.ts';
import { createTestTenant } from '../src/modules/staff/testing.ts';
import { createTestContext } from '../src/testing/test-context.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const PASSWORD = 'Kirin#Lantern-2026';
const ctx = await createTestContext();
const { tenant } = await createTestTenant(ctx, 'bench');

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  try {
    await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  return performance.now() - started;
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
  return `${label.padEnd(34)} median ${at(0.5)} ms  p90 ${at(0.9)} ms  (n=${samples.length})`;
}

const accounts: string[] = [];
for (let i = 0; i < Math.ceil(ROUNDS / 4); i++) {
  const email = `bench${i}@example.test`;
  await createStaff(ctx, {
    actor: { kind: 'system' },
    tenantId: tenant.id,
    input: { email, displayName: 'bench', roles: ['counsellor'], password: PASSWORD },
  });
  accounts.push(email);
}

const unknown: number[] = [];
const wrong: number[] = [];
const right: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const email = accounts[Math.floor(i / 4)]!; // four failures per account: below the lockout
  unknown.push(await timed(() => login(ctx, { email: `nobody${i}@example.test`, password: 'Wrong#Pass-1' })));
  wrong.push(await timed(() => login(ctx, { email, password: 'Wrong#Pass-1' })));
}
for (let i = 0; i < ROUNDS; i++)
  right.push(await timed(() => login(ctx, { email: accounts[i % accounts.length]!, password: PASSWORD })));

const { token } = await login(ctx, { email: accounts[0]!, password: PASSWORD });
const checks: number[] = [];
for (let i = 0; i < ROUNDS * 50; i++) checks.push(await timed(() => findSession(ctx.db, ctx.clock, token)));
const app = createApp(ctx);
const pages: number[] = [];
for (let i = 0; i < ROUNDS * 5; i++) {
  pages.push(await timed(async () => app.request('/staff', { headers: { cookie: `mg_session=${token}` } })));
}

process.stdout.write(
  [
    `staff bench on ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`,
    summary('login: unknown e-mail', unknown),
    summary('login: wrong password', wrong),
    summary('login: right password', right),
    summary('session check (findSession)', checks),
    summary('GET /staff with a session', pages),
    '',
  ].join('\n'),
);
await ctx.close();
