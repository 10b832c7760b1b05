// npm run bench:bookings — (1) free-slot search for one office with 20 counsellors over 30 days, on the
// embedded database (PGlite) and on PostgreSQL; (2) booking writes on PostgreSQL, distinct slots,
// through the real HTTP app from a load generator on 127.0.0.1 (bench/load-generator.ts, a worker
// thread): first as many as BENCH_CONCURRENCY requests in flight allow, then at each fixed rate of
// BENCH_RATES (requests per second, sent whatever the answers) for BENCH_RATE_SECONDS each.
// CPU per booking is reported for the server thread, the whole process (generator included) and, when
// it runs on this machine, PostgreSQL. PostgreSQL: BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres); a scratch database is created and dropped; BENCH_POOL
// sets the app's pool size (default 4).
// Goals (issue 3): search p50 ≤ 10 ms; writes ≥ 500/s with p99 ≤ 50 ms.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import pg from 'pg';
import type { AppContext } from '../src/context.ts';
import { type Database, openPglite, openPostgres } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createApp } from '../src/http/app.ts';
import { loadConfig } from '../src/kernel/config.ts';
import { startJobQueue } from '../src/kernel/jobs.ts';
import { createLogger } from '../src/kernel/logger.ts';
import { FixedClock } from '../src/kernel/time/clock.ts';
import { bookingQueues } from '../src/modules/bookings/bookings.workers.ts';
import { createBooking, findFreeSlots } from '../src/modules/bookings/index.ts';
import { type BookingFixture, bookingInput, createBookingFixture } from '../src/modules/bookings/testing.ts';
import type { Load, LoadResult } from './load-generator.ts';

const COUNSELLORS = 20;
const DAYS = 30;
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);
const WRITES = Number(process.env.BENCH_WRITES ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const RATES = (process.env.BENCH_RATES ?? '200,500').split(',').map(Number);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 6);
/** Writes need more distinct slots than the 30-day search window holds. */
const WRITE_DAYS = 120;
const PRELOAD = Number(process.env.BENCH_PRELOAD ?? 600);
/**
 * Connections the app's pool may open to PostgreSQL: 4 suits what this models, one app process and
 * PostgreSQL on the same two cores (docs/perf.md); earlier runs used 20.
 */
const POOL = Number(process.env.BENCH_POOL ?? 4);
const NOW = '2026-11-30T23:00:00Z'; // Tuesday 1 Dec 2026, 08:00 JST

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const ms = (v: number) => `${v.toFixed(2)} ms`;

async function context(database: Database): Promise<AppContext & { close(): Promise<void> }> {
  await migrate(database);
  const logger = createLogger('silent');
  const jobs = await startJobQueue(database, bookingQueues, logger, {
    maintenance: false,
  });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  return { db: database.db, clock: new FixedClock(NOW), jobs, config, logger, close: () => jobs.stop() };
}

/** Every (start) on open days over the window, repeated once per counsellor: distinct bookable slots. */
async function slotTargets(ctx: AppContext, f: BookingFixture, days = DAYS): Promise<string[]> {
  const found = await findFreeSlots(ctx, { tenantId: f.tenantId, office: f.officeSlug, days });
  return found.days.flatMap((d) =>
    d.slots.flatMap((s) => Array.from({ length: s.free }, () => s.startsAt.toISOString())),
  );
}

async function searchLatency(ctx: AppContext, f: BookingFixture) {
  for (let i = 0; i < 20; i++)
    await findFreeSlots(ctx, { tenantId: f.tenantId, office: f.officeSlug, days: DAYS });
  const times: number[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    const t0 = performance.now();
    await findFreeSlots(ctx, { tenantId: f.tenantId, office: f.officeSlug, days: DAYS });
    times.push(performance.now() - t0);
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

async function preload(ctx: AppContext, f: BookingFixture, targets: string[], count: number) {
  // Spread over the window so the search sees a realistic mix of taken and free slots.
  const step = Math.max(1, Math.floor(targets.length / count));
  for (let i = 0, n = 0; i < targets.length && n < count; i += step, n++) {
    await createBooking(ctx, {
      tenantId: f.tenantId,
      input: bookingInput(f, targets[i]!, { jobSeekerNumber: f.numbers[n]! }),
      channel: 'api',
    });
  }
}

async function embedded() {
  const database = await openPglite('memory://');
  const ctx = await context(database);
  const f = await createBookingFixture(ctx, {
    tenantId: 'hw-bench',
    counsellors: COUNSELLORS,
    jobSeekers: PRELOAD,
  });
  const targets = await slotTargets(ctx, f);
  const t0 = performance.now();
  await preload(ctx, f, targets, PRELOAD);
  const writeMs = (performance.now() - t0) / PRELOAD;
  const search = await searchLatency(ctx, f);
  await ctx.close();
  await database.close();
  return { slots: targets.length, search, writeMs };
}

/**
 * CPU time (ms) of every PostgreSQL process on this machine, if /proc shows them. A backend that exits
 * leaves the list, but its time moves into the postmaster's children's time, so the sum never drops.
 */
function postgresCpuMs(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended between listing and reading
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** Runs one load phase and measures the CPU it cost per request. */
async function phase(load: Load) {
  const pg0 = postgresCpuMs();
  const thread0 = process.threadCpuUsage();
  const process0 = process.cpuUsage();
  const worker = new Worker(new URL('./load-generator.ts', import.meta.url), { workerData: load });
  const result = await new Promise<LoadResult>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  });
  const n = load.bodies.length;
  const thread = process.threadCpuUsage(thread0);
  const whole = process.cpuUsage(process0);
  return {
    ...result,
    cpu: {
      server: (thread.user + thread.system) / 1000 / n,
      process: (whole.user + whole.system) / 1000 / n,
      postgres: (postgresCpuMs() - pg0) / n,
    },
  };
}

async function postgres(serverUrl: string) {
  const name = `madoguchi_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), POOL);
  const perRate = RATES.map((rate) => Math.round(rate * RATE_SECONDS));
  const openLoopWrites = perRate.reduce((a, b) => a + b, 0);
  try {
    const ctx = await context(database);
    const f = await createBookingFixture(ctx, {
      tenantId: 'hw-bench',
      counsellors: COUNSELLORS,
      jobSeekers: PRELOAD + WRITES + openLoopWrites,
    });
    // The same search measurement as on the embedded engine (PRELOAD bookings in the window) …
    await preload(ctx, f, await slotTargets(ctx, f), PRELOAD);
    // A live database has planner statistics; a freshly filled one gets them now (autovacuum would
    // take up to a minute), or the first queries plan against empty tables.
    await sql`ANALYZE`.execute(ctx.db);
    const targets = await slotTargets(ctx, f, WRITE_DAYS);
    const total = WRITES + openLoopWrites;
    if (targets.length < total) throw new Error(`only ${targets.length} slots for ${total} writes`);
    // Interleave so concurrent requests mostly aim at different times (distinct slots).
    const stride = Math.floor(targets.length / total);
    const bodies = Array.from({ length: total }, (_, i) =>
      JSON.stringify(bookingInput(f, targets[i * stride]!, { jobSeekerNumber: f.numbers[PRELOAD + i]! })),
    );
    const search = await searchLatency(ctx, f);
    const app = createApp(ctx);
    const { promise, resolve } = Promise.withResolvers<AddressInfo>();
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info));
    const { port } = await promise;
    const target = `http://127.0.0.1:${port}/api/t/${f.tenantId}/bookings`;
    const closedLoop = await phase({
      mode: 'closed',
      url: target,
      bodies: bodies.slice(0, WRITES),
      concurrency: CONCURRENCY,
    });
    const openLoops: { rate: number; result: Awaited<ReturnType<typeof phase>> }[] = [];
    let offset = WRITES;
    for (const [k, rate] of RATES.entries()) {
      const slice = bodies.slice(offset, offset + perRate[k]!);
      offset += perRate[k]!;
      openLoops.push({ rate, result: await phase({ mode: 'open', url: target, bodies: slice, rate }) });
    }
    await new Promise<void>((done) => server.close(() => done()));
    // … and again once the writes have nearly filled the window.
    const searchFull = await searchLatency(ctx, f);
    await ctx.close();
    return { slots: targets.length, search, searchFull, closedLoop, openLoops };
  } finally {
    await database.close();
    // pg's Pool.end() resolves before its sockets close: wait for them, then drop.
    for (let i = 0; i < 100; i++) {
      const open = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
        name,
      ]);
      if (open.rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

type Phase = Awaited<ReturnType<typeof phase>>;

function writeLine(label: string, r: Phase): string {
  const ok = r.statuses[201] ?? 0;
  const cpu = `CPU per booking: server thread ${ms(r.cpu.server)}, whole process ${ms(r.cpu.process)}, PostgreSQL ${ms(r.cpu.postgres)}`;
  return `  ${label}: ${ok}/${r.latencies.length} booked (statuses ${JSON.stringify(r.statuses)}) in ${r.seconds.toFixed(2)} s = ${(ok / r.seconds).toFixed(0)}/s; p50 ${ms(quantile(r.latencies, 0.5))}  p99 ${ms(quantile(r.latencies, 0.99))}\n    ${cpu}`;
}

async function main() {
  const lines = [
    `bookings benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    `office: ${COUNSELLORS} counsellors, Mon–Fri 09:00–12:00 and 13:00–16:00, 30-minute slots, ${DAYS} days; app pool ${POOL} connections`,
  ];
  process.stderr.write('embedded: setting up…\n');
  const e = await embedded();
  lines.push(
    `embedded (PGlite): ${e.slots} slots, ${PRELOAD} booked first (${ms(e.writeMs)} per booking, one at a time)`,
    `  slot search over ${DAYS} days: p50 ${ms(e.search.p50)}  p95 ${ms(e.search.p95)}  (${SEARCHES} runs; goal p50 ≤ 10 ms)`,
  );
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  try {
    process.stdout.write(`${lines.join('\n')}\n`);
    lines.length = 0;
    process.stderr.write('PostgreSQL: setting up…\n');
    const p = await postgres(serverUrl);
    lines.push(
      `PostgreSQL: ${p.slots} slots over ${WRITE_DAYS} days for the writes`,
      writeLine(`booking writes over HTTP, ${CONCURRENCY} in flight`, p.closedLoop),
      ...p.openLoops.map((o) => writeLine(`booking writes over HTTP, sent at ${o.rate}/s`, o.result)),
      `  slot search over ${DAYS} days with ${PRELOAD} bookings: p50 ${ms(p.search.p50)}  p95 ${ms(p.search.p95)}  (goal p50 ≤ 10 ms)`,
      `  slot search over ${DAYS} days after the writes (${[p.closedLoop, ...p.openLoops.map((o) => o.result)].reduce((n, r) => n + (r.statuses[201] ?? 0), PRELOAD)} bookings, window nearly full): p50 ${ms(p.searchFull.p50)}  p95 ${ms(p.searchFull.p95)}`,
      '  (goal: ≥ 500/s with p99 ≤ 50 ms)',
    );
  } catch (error) {
    lines.push(`PostgreSQL: skipped (${(error as Error).message})`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(0);
}

await main();
