import type { Actor } from '../../kernel/audit/audit.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import { AppError, invalid, ruleViolation } from '../../kernel/errors.ts';
import type { Clock } from '../../kernel/time/clock.ts';
import { documentOr404, staffIdOf, versionOr404 } from './lookups.ts';
import { type Db, listVersions, markPublished } from './policies.repository.ts';

export interface PublishRequest {
  tenantId: string;
  documentKey: string;
  label: string;
  /** 'now' = the publication instant itself. */
  effectiveAt: Date | 'now';
  actor: Actor;
}

/**
 * Publishes a draft to take effect at `effectiveAt` (now, or later = scheduled). From this moment the
 * text, the date and the rule set are frozen (POL-VERSION); a scheduled version is what the change
 * notice announces until it takes effect (POL-CHANGE-NOTICE).
 */
export async function publishDraft(trx: Db, clock: Clock, request: PublishRequest) {
  const now = clock.now();
  const effectiveAt = request.effectiveAt === 'now' ? now : request.effectiveAt;
  const document = await documentOr404(trx, request.tenantId, request.documentKey);
  const version = await versionOr404(trx, document.id, request.label);
  if (version.published_at) {
    throw ruleViolation(
      'POL-VERSION',
      { ja: 'この版は既に公開されています。', en: 'This version has already been published.' },
      'label',
    );
  }
  if (effectiveAt.getTime() < now.getTime()) {
    throw invalid('effectiveAt', {
      ja: '施行日時は現在より後にしてください。',
      en: 'The effective date-time must not be in the past.',
    });
  }
  const versions = await listVersions(trx, document.id);
  if (versions.some((v) => v.published_at && v.effective_at?.getTime() === effectiveAt.getTime())) {
    const message = {
      ja: '同じ施行日時の版が既にあります。',
      en: 'Another version takes effect at the same date-time.',
    };
    throw new AppError('conflict', { message, issues: [{ field: 'effectiveAt', message }] });
  }
  await markPublished(trx, version.id, {
    effectiveAt,
    publishedAt: now,
    publishedBy: staffIdOf(request.actor),
  });
  const scheduled = effectiveAt.getTime() > now.getTime();
  await recordAudit(trx, clock, {
    tenantId: request.tenantId,
    actor: request.actor,
    event: scheduled ? 'policy.version_scheduled' : 'policy.version_published',
    ruleId: scheduled ? 'POL-CHANGE-NOTICE' : 'POL-PUBLISH',
    policyVersionId: version.id,
    subject: { kind: 'policy_version', id: version.id },
    data: { documentKey: document.key, label: version.label, effectiveAt: effectiveAt.toISOString() },
  });
  return {
    id: version.id,
    documentId: document.id,
    label: version.label,
    effectiveAt,
    state: scheduled ? ('scheduled' as const) : ('in_force' as const),
  };
}
