import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  getChangeNotice,
  getDocumentHistory,
  getRuleSetInForce,
  listPolicyDocuments,
} from '../modules/policies/index.ts';
import { createTestContext, type TestContext } from '../testing/test-context.ts';
import { seedPolicyDemo } from './policies.demo.ts';
import { seedTenantDemo } from './tenants.demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ at: '2026-11-23T01:00:00Z' });
  await seedTenantDemo(ctx);
});
afterAll(() => ctx.close());

const at = () => ctx.clock.now();

test('the policy demo is idempotent and covers every demo tenant', async () => {
  const first = await seedPolicyDemo(ctx);
  const second = await seedPolicyDemo(ctx);
  expect(second).toEqual(first);
  expect(new Set(first.map((d) => d.tenantId))).toEqual(
    new Set(['jobcafe-kitakami', 'career-desk-minato', 'coop-musashino', 'hw-kibi', 'hw-akagi']),
  );
  const kibi = await listPolicyDocuments(ctx.db, { tenantId: 'hw-kibi', audience: 'staff', at: at() });
  expect(kibi.find((d) => d.key === 'consultation-terms')!.versions.map((v) => v.state)).toEqual([
    'in_force',
    'scheduled',
  ]);
});

test('POL-VERSION and POL-CHANGE-NOTICE in the demo: a superseded version, and a scheduled one announced with its diff', async () => {
  const sns = await getDocumentHistory(ctx.db, {
    tenantId: 'jobcafe-kitakami',
    documentKey: 'sns-policy',
    audience: 'public',
    at: at(),
  });
  expect(sns.versions.map((v) => [v.label, v.state])).toEqual([
    ['v1', 'superseded'],
    ['v2', 'in_force'],
  ]);
  const notice = await getChangeNotice(ctx.db, {
    tenantId: 'hw-kibi',
    documentKey: 'consultation-terms',
    audience: 'public',
    at: at(),
  });
  expect(notice!.effectiveAt).toEqual(new Date('2027-01-01T00:00:00Z')); // 1 January 2027, 09:00 in Japan
  expect(notice!.html).toContain('<ins>');
});

test('POL-RULESET, POL-LAW and POL-CONSENT-LINKED in the demo documents', async () => {
  const sns = await getRuleSetInForce(ctx.db, {
    tenantId: 'jobcafe-kitakami',
    documentKey: 'sns-policy',
    at: at(),
  });
  expect(sns!.rules.map((r) => r.categoryId)).toEqual(
    Array.from({ length: 15 }, (_, i) => `SNS-DELETE-${String(i + 1).padStart(2, '0')}`),
  );
  const coop = await getRuleSetInForce(ctx.db, {
    tenantId: 'coop-musashino',
    documentKey: 'sns-policy',
    at: at(),
  });
  expect(coop!.rules.length).toBeLessThan(15);
  const desk = await getDocumentHistory(ctx.db, {
    tenantId: 'career-desk-minato',
    documentKey: 'desk-policy',
    audience: 'public',
    at: at(),
  });
  expect(desk.inForce!.rules).toHaveLength(10);
  expect(desk.document.linked.map((l) => l.key)).toEqual(['privacy']);
  expect(desk.document.thirdPartyTerms.map((t) => t.name)).toEqual([
    'LINE利用規約',
    'Microsoft サービス規約',
  ]);
  expect(desk.document.court).toBe('千葉地方裁判所');
  const kibi = await getDocumentHistory(ctx.db, {
    tenantId: 'hw-kibi',
    documentKey: 'consultation-terms',
    audience: 'public',
    at: at(),
  });
  expect(kibi.document).toMatchObject({ governingLaw: '日本法', court: '岡山地方裁判所' });
  const privacy = await getDocumentHistory(ctx.db, {
    tenantId: 'hw-kibi',
    documentKey: 'privacy',
    audience: 'public',
    at: at(),
  });
  expect(privacy.inForce!.body).toContain('きびハローワーク（以下「当所」）');
  expect(privacy.inForce!.body).not.toContain('{{');
  const coopPublic = await listPolicyDocuments(ctx.db, {
    tenantId: 'coop-musashino',
    audience: 'public',
    at: at(),
  });
  expect(coopPublic.map((d) => d.key)).toEqual(['sns-policy']);
});

test('the demo texts are 15 to 40 lines each', () => {
  const dir = join(import.meta.dirname, 'documents');
  for (const file of readdirSync(dir)) {
    const lines = readFileSync(join(dir, file), 'utf8').trim().split('\n').length;
    expect(lines, file).toBeGreaterThanOrEqual(15);
    expect(lines, file).toBeLessThanOrEqual(40);
  }
});
