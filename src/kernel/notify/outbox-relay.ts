import type { Logger } from '../logger.ts';
import type { OutboxDeliverer } from './outbox.ts';

export interface OutboxRelay {
  /** Finishes the delivery in progress, then stops. */
  stop(): Promise<void>;
}

/**
 * Delivers committed outbox rows (decision 0005): sweeps every `intervalMs`, and at once again while
 * sweeps come back full. Several processes may relay the same outbox; the claim lets one deliver a row.
 */
export function startOutboxRelay(
  deliverer: OutboxDeliverer,
  options: { intervalMs?: number; batch?: number; logger?: Logger } = {},
): OutboxRelay {
  const intervalMs = options.intervalMs ?? 1000;
  const batch = options.batch ?? 50;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    let full = false;
    try {
      full = (await deliverer.sweep(batch, () => stopped)).due === batch;
    } catch (err) {
      options.logger?.error({ err }, 'outbox relay sweep failed');
    }
    if (!stopped) timer = setTimeout(tick, full ? 0 : intervalMs);
  };
  const tick = () => {
    running = run();
  };
  timer = setTimeout(tick, 0);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
