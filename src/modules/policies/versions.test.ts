import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import {
  createDocument,
  createDraftVersion,
  getDocumentHistory,
  importPublishedVersion,
  publishText,
  publishVersionNow,
  scheduleVersion,
  updateDraft,
} from './index.ts';
import { createPolicyTestTenant, createTestDocument, systemActor } from './testing.ts';

let ctx: TestContext;
let tenantId: string;
const actor = systemActor;

beforeEach(async () => {
  ctx = await createTestContext({ at: '2026-12-01T01:00:00Z' });
  tenantId = await createPolicyTestTenant(ctx);
});
afterEach(async () => {
  await ctx.close();
});

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const draft = (label: string, body: string, extra: Record<string, unknown> = {}) =>
  createDraftVersion(ctx, { actor, input: { tenantId, documentKey: 'sns-policy', label, body, ...extra } });
const history = (audience: 'public' | 'staff' = 'staff') =>
  getDocumentHistory(ctx.db, { tenantId, documentKey: 'sns-policy', audience, at: ctx.clock.now() });
const states = async () => Object.fromEntries((await history()).versions.map((v) => [v.label, v.state]));

describe('POL-VERSION', () => {
  test('POL-VERSION: draft → scheduled → in force → superseded, derived from the effective date and the clock', async () => {
    await createTestDocument(ctx, { tenantId, key: 'sns-policy', body: '第1条 旧' });
    await draft('v2', '第1条 新');
    expect(await states()).toEqual({ v1: 'in_force', v2: 'draft' });
    await scheduleVersion(ctx, {
      actor,
      input: { tenantId, documentKey: 'sns-policy', label: 'v2', effectiveAt: '2026-12-15T09:00' },
    });
    expect(await states()).toEqual({ v1: 'in_force', v2: 'scheduled' });
    // '2026-12-15T09:00' without an offset is a wall time in Japan.
    expect((await history()).versions[1]!.effectiveAt).toEqual(new Date('2026-12-15T00:00:00Z'));
    ctx.clock.set('2026-12-15T00:00:00Z');
    expect(await states()).toEqual({ v1: 'superseded', v2: 'in_force' });
    expect((await history()).inForce?.body).toBe('第1条 新');
  });

  test('POL-VERSION: a draft can be edited; a published version cannot, and the database trigger refuses it too', async () => {
    await createTestDocument(ctx, { tenantId, key: 'sns-policy' });
    await draft('v2', '下書き');
    await updateDraft(ctx, {
      actor,
      input: { tenantId, documentKey: 'sns-policy', label: 'v2', body: '下書き（修正）' },
    });
    ctx.clock.advance(60);
    await publishVersionNow(ctx, { actor, input: { tenantId, documentKey: 'sns-policy', label: 'v2' } });
    expect((await history()).inForce?.body).toBe('下書き（修正）');

    const refused = await caught(
      updateDraft(ctx, {
        actor,
        input: { tenantId, documentKey: 'sns-policy', label: 'v2', body: '書き換え' },
      }),
    );
    expect(refused.ruleId).toBe('POL-VERSION');

    await expect(
      sql`UPDATE policy_versions SET body = 'x' WHERE label = 'v2'`.execute(ctx.db),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`UPDATE policy_versions SET effective_at = now() + interval '1 day' WHERE label = 'v1'`.execute(
        ctx.db,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(sql`DELETE FROM policy_versions WHERE label = 'v1'`.execute(ctx.db)).rejects.toThrow(
      /immutable/,
    );
    expect((await history()).inForce?.body).toBe('下書き（修正）');
  });

  test('POL-VERSION: a version cannot be published twice, in the past, or at the instant of another', async () => {
    await createTestDocument(ctx, { tenantId, key: 'sns-policy' });
    const twice = await caught(
      publishVersionNow(ctx, { actor, input: { tenantId, documentKey: 'sns-policy', label: 'v1' } }),
    );
    expect(twice.ruleId).toBe('POL-VERSION');
    await draft('v2', '新');
    const past = await caught(
      scheduleVersion(ctx, {
        actor,
        input: { tenantId, documentKey: 'sns-policy', label: 'v2', effectiveAt: '2026-11-30T09:00+09:00' },
      }),
    );
    expect(past.issues[0]?.field).toBe('effectiveAt');
    const malformed = await caught(
      scheduleVersion(ctx, {
        actor,
        input: { tenantId, documentKey: 'sns-policy', label: 'v2', effectiveAt: '来月' },
      }),
    );
    expect(malformed.issues[0]).toMatchObject({ field: 'effectiveAt' });
    expect(malformed.issues[0]!.message.en).toContain('2027-01-01T09:00');
    expect(await states()).toEqual({ v1: 'in_force', v2: 'draft' });
  });

  test('every change writes its audit row with the rule and the version', async () => {
    await createTestDocument(ctx, { tenantId, key: 'sns-policy' });
    const v2 = await draft('v2', '新');
    await scheduleVersion(ctx, {
      actor,
      input: { tenantId, documentKey: 'sns-policy', label: 'v2', effectiveAt: '2027-01-01T09:00+09:00' },
    });
    const events = (await listAudit(ctx.db, { tenantId })).map((a) => [a.event, a.rule_id]);
    expect(events).toEqual([
      ['policy.version_scheduled', 'POL-CHANGE-NOTICE'],
      ['policy.draft_created', 'POL-VERSION'],
      ['policy.version_published', 'POL-PUBLISH'],
      ['policy.draft_created', 'POL-VERSION'],
      ['policy.document_created', 'POL-VERSION'],
      ['tenant.created', null],
    ]);
    const scheduled = await listAudit(ctx.db, { tenantId, event: 'policy.version_scheduled' });
    expect(scheduled[0]!.policy_version_id).toBe(v2.id);
  });

  test('bad input names each field in Japanese and English and writes nothing', async () => {
    const error = await caught(
      createDocument(ctx, {
        actor,
        input: {
          tenantId,
          key: 'Bad Key',
          titleJa: '',
          titleEn: 'x',
          visibility: 'secret',
          thirdPartyTerms: [{ name: 'LINE', url: 'nope' }],
        },
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.issues.map((i) => i.field).sort()).toEqual([
      'key',
      'thirdPartyTerms.0.url',
      'titleJa',
      'visibility',
    ]);
    expect(error.issues.find((i) => i.field === 'titleJa')!.message).toEqual({
      ja: '表題（日本語）を入力してください。',
      en: 'Please enter title (Japanese).',
    });
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM policy_documents`.execute(ctx.db);
    expect(rows.rows[0]!.n).toBe(0);
    expect((await caught(draft('v1', '本文'))).code).toBe('not_found');
  });
});

describe('POL-LAW', () => {
  test('POL-LAW: the document carries its governing law and court', async () => {
    await createTestDocument(ctx, {
      tenantId,
      key: 'sns-policy',
      governingLaw: '日本法',
      court: '岡山地方裁判所',
    });
    const { document } = await history('public');
    expect(document).toMatchObject({ governingLaw: '日本法', court: '岡山地方裁判所' });
  });
});

describe('REC-AUDIT for versions', () => {
  test('REC-AUDIT: publishing a text that fails half-way leaves neither the draft nor any audit row', async () => {
    await createTestDocument(ctx, { tenantId, key: 'sns-policy' });
    const before = (await listAudit(ctx.db, { tenantId })).length;
    // Same instant as v1: the draft is inserted, then the publication is refused.
    const error = await caught(
      publishText(ctx, { actor, input: { tenantId, documentKey: 'sns-policy', label: 'v2', body: '新' } }),
    );
    expect(error.code).toBe('conflict');
    expect(error.issues[0]?.field).toBe('effectiveAt');
    expect((await history()).versions.map((v) => v.label)).toEqual(['v1']);
    expect((await listAudit(ctx.db, { tenantId })).length).toBe(before);
  });

  test('POL-VERSION: past versions can be imported only in order and only in the past', async () => {
    await createDocument(ctx, {
      actor,
      input: {
        tenantId,
        key: 'sns-policy',
        titleJa: 'SNS運用方針',
        titleEn: 'SNS policy',
        visibility: 'public',
      },
    });
    const doImport = (label: string, effectiveAt: string) =>
      importPublishedVersion(ctx, {
        actor,
        input: { tenantId, documentKey: 'sns-policy', label, body: label, effectiveAt },
      });
    await doImport('2014', '2014-04-01T09:00+09:00');
    await doImport('2020', '2020-04-01T09:00+09:00');
    expect((await caught(doImport('2017', '2017-04-01T09:00+09:00'))).issues[0]?.field).toBe('effectiveAt');
    expect((await caught(doImport('2030', '2030-04-01T09:00+09:00'))).issues[0]?.field).toBe('effectiveAt');
    expect(await states()).toEqual({ 2014: 'superseded', 2020: 'in_force' });
    const imported = await listAudit(ctx.db, { tenantId, event: 'policy.version_imported' });
    expect(imported).toHaveLength(2);
  });
});
