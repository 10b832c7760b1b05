// A load generator for the benchmarks, run as a worker thread so it does not share the server's event
// loop. Two modes: 'closed' keeps `concurrency` requests in flight (the most the server can do);
// 'open' sends at a fixed `rate` whatever the answers (latency at that rate, measured from the time a
// request was due, so a slow server cannot hide its queue).
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export type Load =
  | { mode: 'closed'; url: string; bodies: string[]; concurrency: number }
  | { mode: 'open'; url: string; bodies: string[]; rate: number };

export interface LoadResult {
  latencies: number[];
  statuses: Record<number, number>;
  seconds: number;
}

/** One POST on a kept-alive connection (node:http: lighter than fetch, so the generator takes less CPU). */
function post(url: string, body: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function closed(load: Extract<Load, { mode: 'closed' }>, result: LoadResult) {
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  let next = 0;
  await Promise.all(
    Array.from({ length: load.concurrency }, async () => {
      while (next < load.bodies.length) {
        const body = load.bodies[next++]!;
        const t0 = performance.now();
        const status = await post(load.url, body, agent);
        result.latencies.push(performance.now() - t0);
        result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      }
    }),
  );
  agent.destroy();
}

async function open(load: Extract<Load, { mode: 'open' }>, result: LoadResult) {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < load.bodies.length; i++) {
    const due = started + (i * 1000) / load.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      post(load.url, load.bodies[i]!, agent).then((status) => {
        result.latencies.push(performance.now() - due);
        result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
}

export async function runLoad(load: Load): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], statuses: {}, seconds: 0 };
  const started = performance.now();
  await (load.mode === 'closed' ? closed(load, result) : open(load, result));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

if (parentPort && workerData) parentPort.postMessage(await runLoad(workerData as Load));
