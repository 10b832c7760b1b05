import type { PlannedRow } from '../../db/planned-rows.ts';
import type { Logger } from '../logger.ts';
import { type AnyDb, kernelView } from '../tables.ts';
import type { Clock } from '../time/clock.ts';
import {
  claimOutboxRow,
  insertOutboxRow,
  listDueIds,
  markOutboxDelivered,
  markOutboxFailed,
  type NewOutboxRow,
  outboxRow,
} from './outbox.repository.ts';

const MAX_ATTEMPTS = 8;
const STALE_CLAIM_MINUTES = 5;
/** The wait before the n-th retry doubles from this, as pg-boss's retryBackoff did. */
const FIRST_RETRY_SECONDS = 30;

export type OutboxChannel = NewOutboxRow['channel'];

export interface OutboxMessage {
  tenantId: string | null;
  channel: OutboxChannel;
  /** Unique per real-world message: the same key is never queued nor delivered twice. */
  deliveryKey: string;
  payload: Record<string, unknown>;
}

/**
 * Puts a message in the outbox inside the caller's transaction: if the transaction rolls back, it does
 * not exist. After commit the relay (outbox-relay.ts) delivers it. Returns false when the key was
 * already queued.
 */
export async function enqueueOutbox(
  trx: AnyDb,
  deps: { clock: Clock },
  message: OutboxMessage,
): Promise<boolean> {
  const id = await insertOutboxRow(trx, { ...message, createdAt: deps.clock.now() });
  return id !== null;
}

/**
 * The message as a row for a caller that writes it in the same statement as the change it announces.
 * Only for a delivery key that names something created by that same statement (it cannot be queued).
 */
export function outboxMessageRow(deps: { clock: Clock }, message: OutboxMessage): PlannedRow {
  return outboxRow({ ...message, createdAt: deps.clock.now() });
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
  /**
   * Delivers what is due: new rows, retries whose wait is over, rows of a worker that died. Stops
   * between rows once `stopping` says so.
   */
  sweep(limit?: number, stopping?: () => boolean): Promise<{ due: number; delivered: number }>;
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
      const settled = await markOutboxDelivered(deps.db, row.id, now, deps.clock.now());
      if (!settled) deps.logger?.warn({ outboxId: row.id }, 'outbox row was taken over while it was sent');
      return 'delivered';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = row.attempts >= MAX_ATTEMPTS;
      const waitSeconds = FIRST_RETRY_SECONDS * 2 ** (row.attempts - 1);
      const retryAt = new Date(deps.clock.now().getTime() + waitSeconds * 1000);
      await markOutboxFailed(deps.db, row.id, now, { error: message, final, retryAt });
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
    async sweep(limit = 100, stopping = () => false) {
      const now = deps.clock.now();
      const staleBefore = new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000);
      const due = await listDueIds(deps.db, now, staleBefore, limit);
      let delivered = 0;
      for (const id of due) {
        if (stopping()) break;
        try {
          if ((await deliver(id)) === 'delivered') delivered++;
        } catch {
          // Left pending with its retry time; a later sweep tries again.
        }
      }
      return { due: due.length, delivered };
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
