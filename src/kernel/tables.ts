import type { ColumnType, Generated, Kysely } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Json<T = unknown> = ColumnType<T, string, string>;

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  tenant_id: string | null;
  actor_kind: 'staff' | 'user' | 'system';
  actor_id: string | null;
  event: string;
  rule_id: string | null;
  policy_version_id: string | null;
  subject_kind: string | null;
  subject_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
}

export interface OutboxTable {
  id: Generated<string>;
  tenant_id: string | null;
  channel: 'mail' | 'line' | 'platform';
  delivery_key: string;
  payload: ColumnType<Record<string, unknown>, string, never>;
  status: ColumnType<'pending' | 'sending' | 'delivered' | 'failed', 'pending' | undefined>;
  attempts: Generated<number>;
  created_at: Timestamp;
  claimed_at: Timestamp | null;
  delivered_at: Timestamp | null;
  last_error: string | null;
  /** After a failed attempt: not retried before this time. */
  next_attempt_at: Timestamp | null;
}

export interface KernelTables {
  audit_log: AuditLogTable;
  outbox: OutboxTable;
}

// The kernel cannot name the whole schema (it imports no module), and Kysely<DB> is not assignable to
// Kysely<KernelTables>; so kernel functions take any handle and view it through the kernel's tables.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyDb = Kysely<any>;
export const kernelView = (db: AnyDb) => db as Kysely<KernelTables>;
