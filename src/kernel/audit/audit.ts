import type { Insertable } from 'kysely';
import { insertPlannedRows, type PlannedRow } from '../../db/planned-rows.ts';
import { type AnyDb, type AuditLogTable, kernelView } from '../tables.ts';
import type { Clock } from '../time/clock.ts';

export type AuditArea =
  | 'tenant'
  | 'office'
  | 'staff'
  | 'policy'
  | 'consent'
  | 'booking'
  | 'jobseeker'
  | 'availability'
  | 'seminar'
  | 'desk'
  | 'social'
  | 'record'
  | 'outbox';

/** Event kinds are '<area>.<what happened>', e.g. 'policy.version_published'. */
export type AuditEventKind = `${AuditArea}.${string}`;

export type Actor =
  | { kind: 'staff'; id: string; tenantId: string }
  | { kind: 'user'; id: string | null }
  | { kind: 'system'; id?: string };

export interface AuditEntry {
  tenantId: string | null;
  actor: Actor;
  event: AuditEventKind;
  /** The RULES.md ID the action applies (REC-AUDIT), e.g. 'BOOK-CANCEL'. */
  ruleId?: string;
  policyVersionId?: string;
  subject?: { kind: string; id: string };
  data?: Record<string, unknown>;
}

/** REC-AUDIT: call with the transaction that makes the change, so both commit or neither does. */
export async function recordAudit(trx: AnyDb, clock: Clock, entry: AuditEntry): Promise<void> {
  await insertPlannedRows(trx, [auditRow(clock, entry)]);
}

/** The audit row of `entry`, for a caller that writes it in the same statement as the change. */
export function auditRow(clock: Clock, entry: AuditEntry): PlannedRow {
  return {
    table: 'audit_log',
    values: {
      at: clock.now(),
      tenant_id: entry.tenantId,
      actor_kind: entry.actor.kind,
      actor_id: entry.actor.id ?? null,
      event: entry.event,
      rule_id: entry.ruleId ?? null,
      policy_version_id: entry.policyVersionId ?? null,
      subject_kind: entry.subject?.kind ?? null,
      subject_id: entry.subject?.id ?? null,
      data: JSON.stringify(entry.data ?? {}),
    } satisfies Insertable<AuditLogTable>,
  };
}

export interface AuditQuery {
  tenantId: string;
  subject?: { kind: string; id: string };
  event?: string;
  limit?: number;
}

export async function listAudit(db: AnyDb, query: AuditQuery) {
  let q = kernelView(db).selectFrom('audit_log').selectAll().where('tenant_id', '=', query.tenantId);
  if (query.subject) {
    q = q.where('subject_kind', '=', query.subject.kind).where('subject_id', '=', query.subject.id);
  }
  if (query.event) q = q.where('event', '=', query.event);
  return q
    .orderBy('id', 'desc')
    .limit(query.limit ?? 100)
    .execute();
}
