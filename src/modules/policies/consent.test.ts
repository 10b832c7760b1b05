import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import {
  createDocument,
  getVersionInForce,
  hasConsent,
  listConsents,
  recordConsent,
  requireConsent,
} from './index.ts';
import { createPolicyTestTenant, createTestDocument, scheduleTestVersion } from './testing.ts';

let ctx: TestContext;
let tenantId: string;
const jobseeker = { kind: 'jobseeker', ref: 'js-0001' };

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

const record = (over: Partial<Parameters<typeof recordConsent>[2]> = {}) =>
  ctx.db.transaction().execute((trx) =>
    recordConsent(trx, ctx.clock, {
      tenantId,
      subject: jobseeker,
      documentKey: 'consultation-terms',
      kind: 'explicit',
      channel: 'web',
      ...over,
    }),
  );

const count = async (table: 'consents' | 'audit_log') =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(ctx.db)).rows[0]!.n;

describe('consent to the version in force', () => {
  test('POL-CONSENT-EXPLICIT: the gate refuses without consent, admits after, and refuses again once a new version takes effect', async () => {
    await createTestDocument(ctx, { tenantId, key: 'consultation-terms' });
    const ask = () =>
      requireConsent(ctx.db, {
        tenantId,
        subject: jobseeker,
        documentKey: 'consultation-terms',
        at: ctx.clock.now(),
      });

    const refused = await caught(ask());
    expect(refused.code).toBe('consent_required');
    expect(refused.ruleId).toBe('POL-CONSENT-EXPLICIT');

    const recorded = await record();
    const consent = await ask();
    expect(consent.id).toBe(recorded.consentId);
    expect(consent.kind).toBe('explicit');
    expect(consent.channel).toBe('web');
    expect(consent.version_label).toBe('v1');
    expect(consent.recorded_at).toEqual(ctx.clock.now());

    await scheduleTestVersion(ctx, {
      tenantId,
      key: 'consultation-terms',
      label: 'v2',
      body: '第1条 改定後の本文',
      effectiveAt: '2026-12-10T09:00+09:00',
    });
    // Announced but not yet in force: the consent to v1 still admits.
    expect(
      await hasConsent(ctx.db, {
        tenantId,
        subject: jobseeker,
        documentKey: 'consultation-terms',
        at: ctx.clock.now(),
      }),
    ).toBe(true);

    ctx.clock.set('2026-12-10T00:00:00Z');
    expect((await caught(ask())).code).toBe('consent_required');

    const again = await record();
    expect(again.versionId).not.toBe(recorded.versionId);
    expect((await ask()).version_label).toBe('v2');
  });

  test('POL-CONSENT-EXPLICIT: another subject or another tenant does not inherit the consent', async () => {
    await createTestDocument(ctx, { tenantId, key: 'consultation-terms' });
    const other = await createPolicyTestTenant(ctx, 'hw-other');
    await createTestDocument(ctx, { tenantId: other, key: 'consultation-terms' });
    await record();
    const at = ctx.clock.now();
    expect(
      await hasConsent(ctx.db, {
        tenantId,
        subject: { kind: 'jobseeker', ref: 'js-0002' },
        documentKey: 'consultation-terms',
        at,
      }),
    ).toBe(false);
    expect(
      await hasConsent(ctx.db, {
        tenantId: other,
        subject: jobseeker,
        documentKey: 'consultation-terms',
        at,
      }),
    ).toBe(false);
  });

  test('POL-VERSION: consent cannot be recorded when no version is in force (a scheduled one does not count)', async () => {
    await createTestDocument(ctx, { tenantId, key: 'privacy' });
    await scheduleTestVersion(ctx, {
      tenantId,
      key: 'privacy',
      label: 'v2',
      body: '改定',
      effectiveAt: '2027-01-01T00:00+09:00',
    });
    // A document whose only version is scheduled: nothing is in force yet.
    await createDocument(ctx, {
      actor: { kind: 'system' },
      input: {
        tenantId,
        key: 'seminar-terms',
        titleJa: 'セミナー規約',
        titleEn: 'Seminar terms',
        visibility: 'public',
      },
    });
    await scheduleTestVersion(ctx, {
      tenantId,
      key: 'seminar-terms',
      label: 'v1',
      body: '本文',
      effectiveAt: '2027-01-01T00:00+09:00',
    });
    const error = await caught(record({ documentKey: 'seminar-terms' }));
    expect(error.code).toBe('rule_violation');
    expect(error.ruleId).toBe('POL-VERSION');
    expect(await count('consents')).toBe(0);
    expect(
      await getVersionInForce(ctx.db, { tenantId, documentKey: 'seminar-terms', at: ctx.clock.now() }),
    ).toBeNull();
    expect(
      (await getVersionInForce(ctx.db, { tenantId, documentKey: 'privacy', at: ctx.clock.now() }))?.label,
    ).toBe('v1');
  });

  test('an unknown document is not found, and bad input names the field and writes nothing', async () => {
    await createTestDocument(ctx, { tenantId, key: 'consultation-terms' });
    expect((await caught(record({ documentKey: 'no-such-doc' }))).code).toBe('not_found');
    const bad = await caught(record({ subject: { kind: 'jobseeker', ref: '  ' }, channel: 'fax' as 'web' }));
    expect(bad.code).toBe('validation');
    expect(bad.issues.map((i) => i.field).sort()).toEqual(['channel', 'subject.ref']);
    expect(bad.issues.find((i) => i.field === 'subject.ref')?.message.ja).toContain('利用者の識別子');
    expect(await count('consents')).toBe(0);
  });
});

describe('deemed and linked consent', () => {
  test('POL-CONSENT-DEEMED: the record says deemed and by which act; a deemed consent without an act is refused', async () => {
    await createTestDocument(ctx, { tenantId, key: 'consultation-terms' });
    const { consentId } = await record({ kind: 'deemed', act: 'booking.created', channel: 'api' });
    const [row] = await listConsents(ctx.db, { tenantId, subject: jobseeker });
    expect(row).toMatchObject({
      id: consentId,
      kind: 'deemed',
      act: 'booking.created',
      channel: 'api',
      linked_from: null,
    });

    const missingAct = await caught(record({ kind: 'deemed' }));
    expect(missingAct.code).toBe('validation');
    expect(missingAct.issues[0]?.field).toBe('act');
    expect(await count('consents')).toBe(1);
  });

  test('POL-CONSENT-LINKED: agreeing to the desk policy records the privacy policy too, with LINE and Microsoft terms listed', async () => {
    const line = { name: 'LINE利用規約', url: 'https://terms.line.me/line_terms' };
    const microsoft = {
      name: 'Microsoft サービス規約',
      url: 'https://www.microsoft.com/ja-jp/servicesagreement',
    };
    await createTestDocument(ctx, { tenantId, key: 'privacy' });
    await createTestDocument(ctx, {
      tenantId,
      key: 'desk-policy',
      linkedKeys: ['privacy'],
      thirdPartyTerms: [line, microsoft],
    });

    const result = await record({
      documentKey: 'desk-policy',
      channel: 'line',
      subject: { kind: 'line-user', ref: 'U123' },
    });
    expect(result.thirdPartyTerms).toEqual([line, microsoft]);
    expect(result.linked).toHaveLength(1);
    expect(result.linked[0]!.documentKey).toBe('privacy');

    const rows = await listConsents(ctx.db, { tenantId, subject: { kind: 'line-user', ref: 'U123' } });
    const desk = rows.find((r) => r.document_key === 'desk-policy')!;
    const privacy = rows.find((r) => r.document_key === 'privacy')!;
    expect(desk).toMatchObject({ kind: 'explicit', linked_from: null, third_party_terms: [line, microsoft] });
    expect(privacy).toMatchObject({
      kind: 'deemed',
      act: 'consent.linked',
      linked_from: desk.id,
      channel: 'line',
    });
    expect(
      await hasConsent(ctx.db, {
        tenantId,
        subject: { kind: 'line-user', ref: 'U123' },
        documentKey: 'privacy',
        at: ctx.clock.now(),
      }),
    ).toBe(true);
  });
});

describe('REC-AUDIT for consents', () => {
  test('REC-AUDIT: each consent row has its audit row with the rule and the policy version', async () => {
    await createTestDocument(ctx, { tenantId, key: 'privacy' });
    await createTestDocument(ctx, { tenantId, key: 'desk-policy', linkedKeys: ['privacy'] });
    const result = await record({ documentKey: 'desk-policy' });
    const audit = await listAudit(ctx.db, { tenantId, event: 'consent.recorded' });
    expect(audit.map((a) => [a.rule_id, a.policy_version_id, a.subject_id]).sort()).toEqual(
      [
        ['POL-CONSENT-EXPLICIT', result.versionId, result.consentId],
        ['POL-CONSENT-LINKED', result.linked[0]!.versionId, result.linked[0]!.consentId],
      ].sort(),
    );
  });

  test('REC-AUDIT: a failure later in the caller’s transaction leaves neither consent nor audit row', async () => {
    await createTestDocument(ctx, { tenantId, key: 'consultation-terms' });
    const before = await count('audit_log');
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await recordConsent(trx, ctx.clock, {
          tenantId,
          subject: jobseeker,
          documentKey: 'consultation-terms',
          kind: 'deemed',
          act: 'booking.created',
          channel: 'web',
        });
        throw new Error('the booking failed');
      }),
    ).rejects.toThrow('the booking failed');
    expect(await count('consents')).toBe(0);
    expect(await count('audit_log')).toBe(before);
  });

  test('REC-AUDIT: a linked document without a version in force aborts the whole consent', async () => {
    await createDocument(ctx, {
      actor: { kind: 'system' },
      input: { tenantId, key: 'privacy', titleJa: '個人情報', titleEn: 'Privacy', visibility: 'public' },
    });
    await createTestDocument(ctx, { tenantId, key: 'desk-policy', linkedKeys: ['privacy'] });
    const before = await count('audit_log');
    const error = await caught(record({ documentKey: 'desk-policy' }));
    expect(error.ruleId).toBe('POL-VERSION');
    expect(await count('consents')).toBe(0);
    expect(await count('audit_log')).toBe(before);
  });

  test('the ledger is append-only', async () => {
    await createTestDocument(ctx, { tenantId, key: 'consultation-terms' });
    await record();
    await expect(sql`UPDATE consents SET channel = 'staff'`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM consents`.execute(ctx.db)).rejects.toThrow(/append-only/);
  });
});
