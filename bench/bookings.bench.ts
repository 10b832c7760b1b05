// npm run bench:bookings — (1) free-slot search for one office with 20 counsellors over 30 days, on the
// embedded database (PGlite) and on PostgreSQL; (2) booking writes per second on PostgreSQL, distinct
// slots, through the real HTTP app from a load generator on 127.0.0.1 (a worker thread, so it does not
// share the server's event loop). PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
// a scratch database is created and dropped. Goals (issue 3): search p50 ≤ 10 ms; writes ≥ 500/s, p99 ≤ 50 ms.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import pg from 'pg';
import type { AppContext } from '../src/context.ts';
import { type Database, openPglite, openPostgres } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { createApp } from '../src/http/app.ts';
import { loadConfig } from '../src/kernel/config.ts';
import { startJobQueue } from '../src/kernel/jobs.ts';
import { createLogger } from '../src/kernel/logger.ts';
import { OUTBOX_QUEUE } from '../src/kernel/notify/outbox.ts';
import { FixedClock } from '../src/kernel/time/clock.ts';
import { bookingQueues } from '../src/modules/bookings/bookings.workers.ts';
import { createBooking, findFreeSlots } from '../src/modules/bookings/index.ts';
import { type BookingFixture, bookingInput, createBookingFixture } from '../src/modules/bookings/testing.ts';

const COUNSELLORS = 20;
const DAYS = 30;
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);
const WRITES = Number(process.env.BENCH_WRITES ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const PRELOAD = Number(process.env.BENCH_PRELOAD ?? 600);
const NOW = '2026-11-30T23:00:00Z'; // Tuesday 1 Dec 2026, 08:00 JST

type Load = { url: string; bodies: string[]; concurrency: number };

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const ms = (v: number) => `${v.toFixed(2)} ms`;

async function context(database: Database): Promise<AppContext & { close(): Promise<void> }> {
  await migrate(database);
  const logger = createLogger('silent');
  const jobs = await startJobQueue(database, [OUTBOX_QUEUE, ...bookingQueues], logger, {
    maintenance: false,
  });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  return { db: database.db, clock: new FixedClock(NOW), jobs, config, logger, close: () => jobs.stop() };
}

/** Every (start) on open days over the window, repeated once per counsellor: distinct bookable slots. */
async function slotTargets(ctx: AppContext, f: BookingFixture): Promise<string[]> {
  const { days } = await findFreeSlots(ctx, { tenantId: f.tenantId, office: f.officeSlug, days: DAYS });
  return days.flatMap((d) =>
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

async function postgres(serverUrl: string) {
  const name = `madoguchi_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 20);
  try {
    const ctx = await context(database);
    const f = await createBookingFixture(ctx, {
      tenantId: 'hw-bench',
      counsellors: COUNSELLORS,
      jobSeekers: WRITES,
    });
    const targets = await slotTargets(ctx, f);
    if (targets.length < WRITES) throw new Error(`only ${targets.length} slots for ${WRITES} writes`);
    // Interleave so concurrent requests mostly aim at different times (distinct slots).
    const stride = Math.floor(targets.length / WRITES);
    const bodies = Array.from({ length: WRITES }, (_, i) =>
      JSON.stringify(bookingInput(f, targets[i * stride]!, { jobSeekerNumber: f.numbers[i]! })),
    );
    const app = createApp(ctx);
    const { promise, resolve } = Promise.withResolvers<AddressInfo>();
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info));
    const { port } = await promise;
    const load: Load = {
      url: `http://127.0.0.1:${port}/api/t/${f.tenantId}/bookings`,
      bodies,
      concurrency: CONCURRENCY,
    };
    const worker = new Worker(new URL(import.meta.url), { workerData: load });
    const result = await new Promise<{
      latencies: number[];
      statuses: Record<number, number>;
      seconds: number;
    }>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
    });
    await new Promise<void>((done) => server.close(() => done()));
    const search = await searchLatency(ctx, f);
    await ctx.close();
    return { slots: targets.length, search, writes: result };
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

async function main() {
  const lines = [
    `bookings benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    `office: ${COUNSELLORS} counsellors, Mon–Fri 09:00–12:00 and 13:00–16:00, 30-minute slots, ${DAYS} days`,
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
    const ok = p.writes.statuses[201] ?? 0;
    lines.push(
      `PostgreSQL: ${p.slots} slots`,
      `  booking writes over HTTP, ${CONCURRENCY} in flight: ${ok}/${WRITES} booked (statuses ${JSON.stringify(p.writes.statuses)}) in ${p.writes.seconds.toFixed(2)} s = ${(ok / p.writes.seconds).toFixed(0)}/s; p50 ${ms(quantile(p.writes.latencies, 0.5))}  p99 ${ms(quantile(p.writes.latencies, 0.99))}  (goal ≥ 500/s, p99 ≤ 50 ms)`,
      `  slot search over ${DAYS} days with ${ok} bookings: p50 ${ms(p.search.p50)}  p95 ${ms(p.search.p95)}`,
    );
  } catch (error) {
    lines.push(`PostgreSQL: skipped (${(error as Error).message})`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(0);
}

if (!isMainThread) {
  // The load generator: keeps `concurrency` requests in flight, records each latency.
  const { url, bodies, concurrency } = workerData as Load;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const t0 = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json' },
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  parentPort!.postMessage({ latencies, statuses, seconds: (performance.now() - started) / 1000 });
} else {
  await main();
}
