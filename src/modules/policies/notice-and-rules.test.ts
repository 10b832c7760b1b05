import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AppError } from '../../kernel/errors.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import {
  createDocument,
  createDraftVersion,
  diffVersions,
  getChangeNotice,
  getDocumentHistory,
  getRuleSetInForce,
  publishVersionNow,
  scheduleVersion,
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
const _states = async () => Object.fromEntries((await history()).versions.map((v) => [v.label, v.state]));

describe('POL-RULESET', () => {
  const rules = [
    {
      categoryId: 'SNS-DELETE-01',
      labelJa: '法令に違反するもの',
      labelEn: 'Illegal content',
      actions: ['delete', 'block'],
    },
    { categoryId: 'SNS-DELETE-05', labelJa: '宣伝・勧誘', labelEn: 'Advertising', actions: ['hide'] },
  ];

  test('POL-RULESET: a version carries its categories with allowed actions, frozen once published', async () => {
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
    const v1 = await draft('v1', '本文', { rules });
    await publishVersionNow(ctx, { actor, input: { tenantId, documentKey: 'sns-policy', label: 'v1' } });
    const set = await getRuleSetInForce(ctx.db, { tenantId, documentKey: 'sns-policy', at: ctx.clock.now() });
    expect(set).toEqual({ versionId: v1.id, label: 'v1', rules });
    await expect(
      sql`INSERT INTO policy_rules (version_id, category_id, label_ja, label_en, actions, position)
          VALUES (${v1.id}, 'SNS-DELETE-02', 'x', 'x', ARRAY['delete'], 9)`.execute(ctx.db),
    ).rejects.toThrow(/immutable/);
  });

  test('POL-RULESET: only delete, hide, block, suspend and refuse are actions, and a category needs one', async () => {
    await createTestDocument(ctx, { tenantId, key: 'sns-policy' });
    const error = await caught(
      draft('v2', '本文', {
        rules: [
          { categoryId: 'SNS-DELETE-01', labelJa: 'a', labelEn: 'a', actions: ['ban'] },
          { categoryId: 'sns-1', labelJa: 'a', labelEn: 'a', actions: [] },
        ],
      }),
    );
    expect(error.issues.map((i) => i.field).sort()).toEqual([
      'rules.0.actions.0',
      'rules.1.actions',
      'rules.1.categoryId',
    ]);
  });
});

describe('POL-CHANGE-NOTICE', () => {
  test('POL-CHANGE-NOTICE: a scheduled version is announced with its text, date and diff until it takes effect', async () => {
    await createTestDocument(ctx, {
      tenantId,
      key: 'sns-policy',
      body: '第1条 投稿は平日に行います。\n第2条 返信はしません。\n',
    });
    expect(
      await getChangeNotice(ctx.db, {
        tenantId,
        documentKey: 'sns-policy',
        audience: 'public',
        at: ctx.clock.now(),
      }),
    ).toBeNull();
    await draft('v2', '第1条 投稿は平日の日中に行います。\n第2条 返信はしません。\n第3条 新設。\n', {
      summary: '第3条を新設',
    });
    await scheduleVersion(ctx, {
      actor,
      input: { tenantId, documentKey: 'sns-policy', label: 'v2', effectiveAt: '2027-01-04T09:00+09:00' },
    });

    const notice = await getChangeNotice(ctx.db, {
      tenantId,
      documentKey: 'sns-policy',
      audience: 'public',
      at: ctx.clock.now(),
    });
    expect(notice).toMatchObject({ label: 'v2', summary: '第3条を新設', current: { label: 'v1' } });
    expect(notice!.effectiveAt).toEqual(new Date('2027-01-04T00:00:00Z'));
    expect(notice!.body).toContain('第3条 新設。');
    expect(notice!.html).toContain('<ins>第3条 新設。\n</ins>');
    expect(notice!.html).toMatch(/平日<ins>の日中<\/ins>に/);
    expect(notice!.html).not.toContain('<del>第2条');

    ctx.clock.set('2027-01-04T00:00:00Z');
    expect(
      await getChangeNotice(ctx.db, {
        tenantId,
        documentKey: 'sns-policy',
        audience: 'public',
        at: ctx.clock.now(),
      }),
    ).toBeNull();
  });

  test('POL-CHANGE-NOTICE: any two versions can be compared; the text is escaped', async () => {
    await createTestDocument(ctx, { tenantId, key: 'sns-policy', body: 'A <b>x</b>\n' });
    await draft('v2', 'A <b>y</b>\n');
    const diff = await diffVersions(ctx.db, {
      tenantId,
      documentKey: 'sns-policy',
      from: 'v1',
      to: 'v2',
      audience: 'staff',
    });
    expect(diff.changed).toBe(true);
    expect(diff.html).not.toContain('<b>');
    expect(diff.html).toContain('<del>x</del><ins>y</ins>');
    // Drafts are not shown to the public.
    const hidden = await caught(
      diffVersions(ctx.db, { tenantId, documentKey: 'sns-policy', from: 'v1', to: 'v2', audience: 'public' }),
    );
    expect(hidden.code).toBe('not_found');
  });
});
