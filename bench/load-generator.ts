// A load generator for the benchmarks, run as a worker thread so it does not share the server's event
// loop. Two modes: 'closed' keeps `concurrency` requests in flight (the most the server can do);
// 'open' sends at a fixed `rate` whatever the answers (latency at that rate, measured from the time a
// request was due, so a slow server cannot hide its queue).
import { connect, type Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

export type Load =
  | { mode: 'closed'; url: string; bodies: string[]; concurrency: number }
  | { mode: 'open'; url: string; bodies: string[]; rate: number };

export interface LoadResult {
  latencies: number[];
  statuses: Record<number, number>;
  seconds: number;
}

/**
 * A kept-alive HTTP/1.1 connection that sends one POST at a time and reads just the status line and
 * Content-Length of the answer. Much lighter than fetch or node:http, so the generator takes little
 * of the CPU it shares with the server and the database (what wrk would do).
 */
class Connection {
  private readonly socket: Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((status: number) => void) | null = null;
  private readonly ready: Promise<void>;
  private readonly target: URL;

  constructor(target: URL) {
    this.target = target;
    this.socket = connect(Number(target.port), target.hostname);
    this.socket.setNoDelay(true);
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk) => this.read(chunk));
  }

  async post(body: string): Promise<number> {
    await this.ready;
    const bytes = Buffer.from(body);
    const head = `POST ${this.target.pathname} HTTP/1.1\r\nHost: ${this.target.host}\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\n\r\n`;
    const answer = new Promise<number>((resolve) => {
      this.waiting = resolve;
    });
    this.socket.write(Buffer.concat([Buffer.from(head), bytes]));
    return answer;
  }

  private read(chunk: Buffer) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffer.length < end + 4 + length) return;
    this.buffer = this.buffer.subarray(end + 4 + length);
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.(Number(head.slice(9, 12)));
  }

  close() {
    this.socket.destroy();
  }
}

/** Connections handed out one request at a time; a new one is opened when all are busy. */
class ConnectionPool {
  private readonly idle: Connection[] = [];
  private readonly all: Connection[] = [];
  private readonly target: URL;
  constructor(target: URL) {
    this.target = target;
  }

  async post(body: string): Promise<number> {
    const connection = this.idle.pop() ?? this.open();
    try {
      return await connection.post(body);
    } finally {
      this.idle.push(connection);
    }
  }

  private open() {
    const connection = new Connection(this.target);
    this.all.push(connection);
    return connection;
  }

  close() {
    for (const connection of this.all) connection.close();
  }
}

async function closed(load: Extract<Load, { mode: 'closed' }>, result: LoadResult) {
  const pool = new ConnectionPool(new URL(load.url));
  let next = 0;
  await Promise.all(
    Array.from({ length: load.concurrency }, async () => {
      while (next < load.bodies.length) {
        const body = load.bodies[next++]!;
        const t0 = performance.now();
        const status = await pool.post(body);
        result.latencies.push(performance.now() - t0);
        result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      }
    }),
  );
  pool.close();
}

async function open(load: Extract<Load, { mode: 'open' }>, result: LoadResult) {
  const pool = new ConnectionPool(new URL(load.url));
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < load.bodies.length; i++) {
    const due = started + (i * 1000) / load.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      pool.post(load.bodies[i]!).then((status) => {
        result.latencies.push(performance.now() - due);
        result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(pending);
  pool.close();
}

export async function runLoad(load: Load): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], statuses: {}, seconds: 0 };
  const started = performance.now();
  await (load.mode === 'closed' ? closed(load, result) : open(load, result));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

if (parentPort && workerData) parentPort.postMessage(await runLoad(workerData as Load));
