import type { AppContext } from '../../context.ts';
import type { Actor } from '../../kernel/audit/audit.ts';
import { createTenant } from '../tenants/index.ts';
import { createDocument } from './create-document.ts';
import { createDraftVersion } from './create-draft-version.ts';
import { publishVersionNow } from './publish-version-now.ts';
import { scheduleVersion } from './schedule-version.ts';

// Test fixtures for this and other areas (bookings, desk): a tenant and documents with versions in force.
export const systemActor: Actor = { kind: 'system', id: 'test' };

export async function createPolicyTestTenant(ctx: AppContext, id = 'hw-test') {
  await createTenant(ctx, {
    actor: systemActor,
    input: { id, nameJa: 'テスト労働局', nameEn: 'Test Labour Bureau', kind: 'hellowork' },
  });
  return id;
}

export interface TestDocumentOptions {
  tenantId: string;
  key: string;
  visibility?: 'public' | 'internal';
  linkedKeys?: string[];
  thirdPartyTerms?: { name: string; url: string }[];
  governingLaw?: string;
  court?: string;
  label?: string;
  body?: string;
}

/** A document with one version ('v1' unless named) published and in force from the clock's instant. */
export async function createTestDocument(ctx: AppContext, o: TestDocumentOptions) {
  await createDocument(ctx, {
    actor: systemActor,
    input: {
      tenantId: o.tenantId,
      key: o.key,
      titleJa: `${o.key} の規約`,
      titleEn: `${o.key} terms`,
      visibility: o.visibility ?? 'public',
      governingLaw: o.governingLaw,
      court: o.court,
      thirdPartyTerms: o.thirdPartyTerms ?? [],
      linkedKeys: o.linkedKeys ?? [],
    },
  });
  const label = o.label ?? 'v1';
  await createDraftVersion(ctx, {
    actor: systemActor,
    input: {
      tenantId: o.tenantId,
      documentKey: o.key,
      label,
      body: o.body ?? `第1条 ${o.key} ${label} の本文`,
    },
  });
  return publishVersionNow(ctx, {
    actor: systemActor,
    input: { tenantId: o.tenantId, documentKey: o.key, label },
  });
}

/** A draft scheduled to take effect at `effectiveAt` (ISO with offset). */
export async function scheduleTestVersion(
  ctx: AppContext,
  o: { tenantId: string; key: string; label: string; body: string; effectiveAt: string; summary?: string },
) {
  await createDraftVersion(ctx, {
    actor: systemActor,
    input: {
      tenantId: o.tenantId,
      documentKey: o.key,
      label: o.label,
      body: o.body,
      summary: o.summary ?? '',
    },
  });
  return scheduleVersion(ctx, {
    actor: systemActor,
    input: { tenantId: o.tenantId, documentKey: o.key, label: o.label, effectiveAt: o.effectiveAt },
  });
}
