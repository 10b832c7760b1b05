import type { JobQueue } from '../jobs.ts';
import type { Logger } from '../logger.ts';
import { type AnyDb, kernelView } from '../tables.ts';
import type { Clock } from '../time/clock.ts';
import {
  claimOutboxRow,
  insertOutboxRow,
  listUndeliveredIds,
  markOutboxDelivered,
  markOutboxFailed,
  type NewOutboxRow,
} from './outbox.repository.ts';

export const OUTBOX_QUEUE = 'outbox-deliver';
const MAX_ATTEMPTS = 8;
const STALE_CLAIM_MINUTES = 5;

export type OutboxChannel = NewOutboxRow['channel'];

export interface OutboxMessage {
  tenantId: string | null;
  channel: OutboxChannel;
  /** Unique per real-world message: the same key is never queued nor delivered twice. */
  deliveryKey: string;
  payload: Record<string, unknown>;
}

/**
 * Puts a message in the outbox inside the caller's transaction, together with the job that delivers
 * it: if the transaction rolls back, neither exists. Returns false when the key was already queued.
 */
export async function enqueueOutbox(
  trx: AnyDb,
  deps: { clock: Clock; jobs: JobQueue },
  message: OutboxMessage,
): Promise<boolean> {
  const id = await insertOutboxRow(trx, { ...message, createdAt: deps.clock.now() });
  if (!id) return false;
  await deps.jobs.send(trx, OUTBOX_QUEUE, { id }, { singletonKey: message.deliveryKey });
  return true;
}

export interface DeliveredMessage {
  id: string;
  tenantId: string | null;
  deliveryKey: string;
  payload: Record<string, unknown>;
}

/** Sends one message to the outside world (SMTP, LINE, a platform API). Throws to retry. */
export type ChannelSender = (message: DeliveredMessage) => Promise<void>;

export interface OutboxDeliverer {
  deliver(id: string): Promise<'delivered' | 'skipped' | 'failed'>;
  /** Delivers whatever is still waiting (after a restart, or if a job was lost). */
  sweep(limit?: number): Promise<number>;
}

export function createOutboxDeliverer(deps: {
  db: AnyDb;
  clock: Clock;
  senders: Partial<Record<OutboxChannel, ChannelSender>>;
  logger?: Logger;
}): OutboxDeliverer {
  const deliver: OutboxDeliverer['deliver'] = async (id) => {
    const now = deps.clock.now();
    const staleBefore = new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000);
    const row = await claimOutboxRow(deps.db, id, now, staleBefore);
    if (!row) return 'skipped';
    const sender = deps.senders[row.channel];
    try {
      if (!sender) throw new Error(`no sender configured for channel ${row.channel}`);
      await sender({
        id: row.id,
        tenantId: row.tenant_id,
        deliveryKey: row.delivery_key,
        payload: row.payload,
      });
      await markOutboxDelivered(deps.db, row.id, deps.clock.now());
      return 'delivered';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = row.attempts >= MAX_ATTEMPTS;
      await markOutboxFailed(deps.db, row.id, message, final);
      deps.logger?.warn(
        { outboxId: row.id, attempts: row.attempts, final, error: message },
        'outbox delivery failed',
      );
      if (!final) throw error;
      return 'failed';
    }
  };
  return {
    deliver,
    async sweep(limit = 100) {
      let delivered = 0;
      for (const id of await listUndeliveredIds(deps.db, limit)) {
        try {
          if ((await deliver(id)) === 'delivered') delivered++;
        } catch {
          // Left pending; the next sweep or the job's retry tries again.
        }
      }
      return delivered;
    },
  };
}

export async function countOutbox(db: AnyDb, deliveryKey: string): Promise<number> {
  const rows = await kernelView(db)
    .selectFrom('outbox')
    .select('id')
    .where('delivery_key', '=', deliveryKey)
    .execute();
  return rows.length;
}
