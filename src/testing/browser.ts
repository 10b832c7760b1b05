import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppContext } from '../context.ts';
import { createApp } from '../http/app.ts';

// Page tests drive the Debian chromium through playwright-core (no browser download). On a machine
// without chromium they are skipped locally with a notice; in CI (CI=true) a missing browser fails.
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const browserAvailable = Boolean(chromiumPath);
if (!browserAvailable && process.env.CI)
  throw new Error('chromium is required for the page tests in CI (apt-get install chromium)');
if (!browserAvailable)
  process.stderr.write('page tests skipped: install chromium (apt-get install chromium fonts-noto-cjk)\n');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves the real app for a test context on an ephemeral loopback port. */
export async function startTestServer(ctx: AppContext): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp(ctx);
  const { promise, resolve } = Promise.withResolvers<AddressInfo>();
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info));
  const info = await promise;
  return {
    url: `http://127.0.0.1:${info.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A/AA rules) on the page and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
