// Cold start to first page on the embedded database, and idle memory. Prints figures; asserts nothing.
//   npm run bench
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

async function waitForPage(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no answer from ${url}`);
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round(kb / 1024);
}

async function run(label: string, dataDir: string, port: number): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, ['src/cli/main.ts', 'serve', '--demo'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    await waitForPage(`http://127.0.0.1:${port}/`, Date.now() + 60_000);
    const firstPage = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const rss = rssMegabytes(child.pid!);
    console.log(
      `${label.padEnd(34)} first page ${(firstPage / 1000).toFixed(2)} s (goal ≤ 3 s)   idle RSS ${rss} MB (goal ≤ 300 MB)`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-'));
try {
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
  await run('cold (empty data dir: migrate+seed)', dataDir, 3901);
  await run('warm (existing data dir)', dataDir, 3902);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
