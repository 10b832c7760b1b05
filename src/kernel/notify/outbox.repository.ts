import { type ExpressionBuilder, type Insertable, sql } from 'kysely';
import type { PlannedRow } from '../../db/planned-rows.ts';
import { type AnyDb, type KernelTables, kernelView, type OutboxTable } from '../tables.ts';

export interface NewOutboxRow {
  tenantId: string | null;
  channel: 'mail' | 'line' | 'platform';
  deliveryKey: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

function outboxValues(row: NewOutboxRow): Insertable<OutboxTable> {
  return {
    tenant_id: row.tenantId,
    channel: row.channel,
    delivery_key: row.deliveryKey,
    payload: JSON.stringify(row.payload),
    created_at: row.createdAt,
  };
}

/** The row as a plain insert, for a caller whose key is new by construction (it names a new row). */
export function outboxRow(row: NewOutboxRow): PlannedRow {
  return { table: 'outbox', values: outboxValues(row) };
}

/** Inserts the row unless one with the same delivery key exists; returns the new id or null. */
export async function insertOutboxRow(trx: AnyDb, row: NewOutboxRow): Promise<string | null> {
  const inserted = await kernelView(trx)
    .insertInto('outbox')
    .values(outboxValues(row))
    .onConflict((oc) => oc.column('delivery_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/** Pending and not waiting for its retry, or 'sending' under a claim older than `staleBefore`. */
function isDue(eb: ExpressionBuilder<KernelTables, 'outbox'>, now: Date, staleBefore: Date) {
  return eb.or([
    eb.and([
      eb('status', '=', 'pending'),
      eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]),
    ]),
    eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', staleBefore)]),
  ]);
}

/**
 * Claims a row for delivery. A row is claimable while pending and not waiting for its retry, or while
 * 'sending' with a claim older than `staleBefore` (its worker died mid-way). A delivered row is never
 * claimed again. The claim's time identifies it: only its holder may settle the row.
 */
export async function claimOutboxRow(db: AnyDb, id: string, now: Date, staleBefore: Date) {
  return kernelView(db)
    .updateTable('outbox')
    .set({ status: 'sending', claimed_at: now, attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .where((eb) => isDue(eb, now, staleBefore))
    .returningAll()
    .executeTakeFirst();
}

/** Settles a claimed row; false when the claim was taken over meanwhile (the row is not touched). */
export async function markOutboxDelivered(
  db: AnyDb,
  id: string,
  claimedAt: Date,
  at: Date,
): Promise<boolean> {
  const result = await kernelView(db)
    .updateTable('outbox')
    .set({ status: 'delivered', delivered_at: at, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('claimed_at', '=', claimedAt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markOutboxFailed(
  db: AnyDb,
  id: string,
  claimedAt: Date,
  failure: { error: string; final: boolean; retryAt: Date },
): Promise<boolean> {
  const result = await kernelView(db)
    .updateTable('outbox')
    .set({
      status: failure.final ? 'failed' : 'pending',
      last_error: failure.error.slice(0, 2000),
      next_attempt_at: failure.final ? null : failure.retryAt,
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('claimed_at', '=', claimedAt)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Rows due for an attempt: pending and not waiting for a retry, or claimed by a worker that died. */
export async function listDueIds(db: AnyDb, now: Date, staleBefore: Date, limit: number): Promise<string[]> {
  const rows = await dueIdsQuery(db, now, staleBefore, limit).execute();
  return rows.map((r) => r.id);
}

/**
 * The query of listDueIds. Its statuses are written as literals, not parameters, so that even a
 * prepared statement's generic plan can use the partial index `outbox_pending` (decision 0003).
 */
export function dueIdsQuery(db: AnyDb, now: Date, staleBefore: Date, limit: number) {
  return kernelView(db)
    .selectFrom('outbox')
    .select('id')
    .where(sql<boolean>`status IN ('pending', 'sending')`)
    .where((eb) => isDue(eb, now, staleBefore))
    .orderBy('created_at')
    .limit(limit);
}

export async function listOutbox(db: AnyDb, tenantId: string, limit = 50) {
  return kernelView(db)
    .selectFrom('outbox')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function findOutboxRow(db: AnyDb, tenantId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return kernelView(db)
    .selectFrom('outbox')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}
