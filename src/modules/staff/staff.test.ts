import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../http/app.ts';
import { listAudit } from '../../kernel/audit/audit.ts';
import { AppError } from '../../kernel/errors.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import {
  changePassword,
  createStaff,
  deactivateStaff,
  findSession,
  login,
  resolveSession,
  secondFactorState,
  updateStaffRoles,
  verifySecondFactor,
} from './index.ts';
import { passwordProblem } from './password-policy.ts';
import { sessionIdOf } from './sessions.ts';
import { createStaffAndLogin, createTestTenant } from './testing.ts';
import { currentTotpCode } from './totp.ts';

let ctx: TestContext;
let tenantId: string;
const system = { kind: 'system' } as const;
const GOOD = 'Kirin#Lantern-2026';

beforeAll(async () => {
  ctx = await createTestContext({ at: '2026-12-01T01:00:00Z' });
  tenantId = (await createTestTenant(ctx, 'staff-test')).tenant.id;
});
afterAll(() => ctx.close());

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

let counter = 0;
const newEmail = () => `person${++counter}@example.test`;
const addStaff = (password: string, roles: ('admin' | 'counsellor' | 'approver')[] = ['counsellor']) =>
  createStaff(ctx, {
    actor: system,
    tenantId,
    input: { email: newEmail(), displayName: '山田 花子', roles, password },
  });

describe('SNS-PASSWORD: password policy', () => {
  test.each([
    ['too short', 'Ab#1xyz', 'at least 8 characters'],
    ['no symbol', 'Lanterns2026Kirin', 'letters, digits and symbols'],
    ['no digit', 'Kirin#Lantern-Moon', 'letters, digits and symbols'],
    ['no letter', '2026#1234-5678!', 'letters, digits and symbols'],
    ['guessable by zxcvbn', 'Password1!', 'too easy to guess'],
  ])('%s is refused with the reason in ja and en', async (_name, password, english) => {
    const error = await caught(addStaff(password));
    expect(error.code).toBe('validation');
    expect(error.ruleId).toBe('SNS-PASSWORD');
    expect(error.issues[0]?.field).toBe('password');
    expect(error.issues[0]?.message.en).toContain(english);
    expect(error.issues[0]?.message.ja).toMatch(/パスワード/);
  });

  test('a password built from the person’s own e-mail address is refused', () => {
    expect(passwordProblem('Hanako#2026', [])).toBeNull();
    expect(passwordProblem('Hanako#2026', ['hanako.yamada@example.test'])?.en).toContain('too easy');
  });

  test('a strong password is accepted and the hash is never returned', async () => {
    const staff = await addStaff(GOOD);
    expect(staff).not.toHaveProperty('password_hash');
    expect(staff).not.toHaveProperty('totp_secret');
    const audit = await listAudit(ctx.db, { tenantId, subject: { kind: 'staff', id: staff.id } });
    expect(audit.map((a) => a.event)).toContain('staff.created');
  });
});

describe('SNS-PASSWORD: no reuse of the last five passwords', () => {
  test('each of the last 5 is refused, the 6th back is allowed again', async () => {
    const passwords = [
      'Kirin#Lantern-2026',
      'Maple%River-8841',
      'Quiet+Harbor-7720',
      'Velvet=Comet-5512',
      'Orchid!Summit-3307',
      'Tundra&Pixel-9146',
    ];
    const staff = await addStaff(passwords[0]!);
    for (let i = 1; i < passwords.length; i++) {
      await changePassword(ctx, { staffId: staff.id, current: passwords[i - 1]!, next: passwords[i]! });
    }
    const current = passwords.at(-1)!;
    for (const old of passwords.slice(1)) {
      const error = await caught(changePassword(ctx, { staffId: staff.id, current, next: old }));
      expect(error.issues[0]).toMatchObject({ field: 'next' });
      expect(error.issues[0]?.message.en).toContain('last 5 passwords');
    }
    await changePassword(ctx, { staffId: staff.id, current, next: passwords[0]! });
    expect((await login(ctx, { email: staff.email, password: passwords[0]! })).secondFactor).toBe('none');
  });
});

describe('staff login', () => {
  test('lockout after 5 failures for 15 minutes, then the right password works', async () => {
    const staff = await addStaff(GOOD);
    for (let i = 1; i <= 4; i++) {
      expect((await caught(login(ctx, { email: staff.email, password: 'Wrong#Pass-1' }))).code).toBe(
        'unauthenticated',
      );
    }
    const fifth = await caught(login(ctx, { email: staff.email, password: 'Wrong#Pass-1' }));
    expect(fifth.code).toBe('locked');
    expect(fifth.userMessage.ja).toContain('15分間ロック');
    expect(fifth.userMessage.en).toContain('locked for 15 minutes');
    expect((await caught(login(ctx, { email: staff.email, password: GOOD }))).code).toBe('locked');
    ctx.clock.advance(14);
    expect((await caught(login(ctx, { email: staff.email, password: GOOD }))).code).toBe('locked');
    ctx.clock.advance(1);
    const ok = await login(ctx, { email: staff.email, password: GOOD });
    expect(await resolveSession(ctx.db, ctx.clock, ok.token)).toMatchObject({ staffId: staff.id, tenantId });
    const events = (await listAudit(ctx.db, { tenantId, subject: { kind: 'staff', id: staff.id } })).map(
      (a) => a.event,
    );
    expect(events.filter((e) => e === 'staff.login_failed')).toHaveLength(5);
    expect(events).toContain('staff.locked');
    expect(events).toContain('staff.login');
  });

  test('an unknown e-mail gets the same answer as a wrong password, and the same lockout', async () => {
    const wrong = await caught(login(ctx, { email: 'nobody@example.test', password: 'Wrong#Pass-1' }));
    const staff = await addStaff(GOOD);
    const wrongKnown = await caught(login(ctx, { email: staff.email, password: 'Wrong#Pass-1' }));
    expect(wrong.toJSON('en')).toEqual(wrongKnown.toJSON('en'));
    for (let i = 2; i <= 4; i++) await caught(login(ctx, { email: 'nobody@example.test', password: 'x' }));
    expect((await caught(login(ctx, { email: 'nobody@example.test', password: 'x' }))).code).toBe('locked');
  });

  test('sessions end after 2 idle hours and after 12 hours in all', async () => {
    const staff = await addStaff(GOOD);
    const { token } = await login(ctx, { email: staff.email, password: GOOD });
    ctx.clock.advance(119);
    expect(await resolveSession(ctx.db, ctx.clock, token)).not.toBeNull();
    // Use keeps the session alive: 219 minutes after login, 100 after the last request.
    ctx.clock.advance(100);
    expect(await resolveSession(ctx.db, ctx.clock, token)).not.toBeNull();
    ctx.clock.advance(121);
    expect(await resolveSession(ctx.db, ctx.clock, token)).toBeNull();
    const second = await login(ctx, { email: staff.email, password: GOOD });
    for (let hour = 0; hour < 11; hour++) {
      ctx.clock.advance(60);
      expect(await resolveSession(ctx.db, ctx.clock, second.token)).not.toBeNull();
    }
    ctx.clock.advance(61);
    expect(await resolveSession(ctx.db, ctx.clock, second.token)).toBeNull();
  });
});

describe('administration', () => {
  test('REC-AUDIT: changing roles and deactivating are audited and end the person’s sessions', async () => {
    const staff = await addStaff(GOOD, ['counsellor']);
    const first = await login(ctx, { email: staff.email, password: GOOD });
    const admin = { kind: 'staff', id: staff.id, tenantId } as const;
    const changed = await updateStaffRoles(ctx, {
      actor: system,
      tenantId,
      staffId: staff.id,
      input: { roles: ['counsellor', 'expert'] },
    });
    expect(changed.roles).toEqual(['counsellor', 'expert']);
    expect(await resolveSession(ctx.db, ctx.clock, first.token)).toBeNull();
    const second = await login(ctx, { email: staff.email, password: GOOD });
    expect((await caught(deactivateStaff(ctx, { actor: admin, tenantId, staffId: staff.id }))).code).toBe(
      'forbidden',
    );
    await deactivateStaff(ctx, { actor: system, tenantId, staffId: staff.id });
    expect(await resolveSession(ctx.db, ctx.clock, second.token)).toBeNull();
    expect((await caught(login(ctx, { email: staff.email, password: GOOD }))).code).toBe('unauthenticated');
    expect(
      (await caught(deactivateStaff(ctx, { actor: system, tenantId: 'other', staffId: staff.id }))).code,
    ).toBe('not_found');
    expect(
      (await caught(deactivateStaff(ctx, { actor: system, tenantId, staffId: 'not-a-uuid' }))).code,
    ).toBe('not_found');
    const events = (await listAudit(ctx.db, { tenantId, subject: { kind: 'staff', id: staff.id } })).map(
      (a) => a.event,
    );
    expect(events).toEqual(expect.arrayContaining(['staff.roles_changed', 'staff.deactivated']));
  });
});

describe('TOTP for admins and approvers', () => {
  test('an admin session has no principal until a valid code; a wrong code is refused; a replay is refused', async () => {
    const staff = await addStaff(GOOD, ['admin']);
    const first = await login(ctx, { email: staff.email, password: GOOD });
    expect(first.secondFactor).toBe('setup');
    const sessionId = sessionIdOf(first.token);
    expect(await resolveSession(ctx.db, ctx.clock, first.token)).toBeNull();
    expect((await findSession(ctx.db, ctx.clock, first.token))?.secondFactorDone).toBe(false);
    const state = await secondFactorState(ctx, { sessionId });
    expect(state.setup?.uri).toMatch(/^otpauth:\/\/totp\/madoguchi:/);
    const code = await currentTotpCode(state.setup!.secret, ctx.clock);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await caught(verifySecondFactor(ctx, { sessionId, code: wrong }))).issues[0]?.field).toBe('code');
    expect(await verifySecondFactor(ctx, { sessionId, code })).toEqual({ enabledNow: true });
    expect(await resolveSession(ctx.db, ctx.clock, first.token)).toMatchObject({ roles: ['admin'] });

    const next = await login(ctx, { email: staff.email, password: GOOD });
    expect(next.secondFactor).toBe('verify');
    const replay = await caught(verifySecondFactor(ctx, { sessionId: sessionIdOf(next.token), code }));
    expect(replay.issues[0]?.field).toBe('code');
    ctx.clock.advance(1);
    const fresh = await currentTotpCode(state.setup!.secret, ctx.clock);
    await verifySecondFactor(ctx, { sessionId: sessionIdOf(next.token), code: fresh });
    expect(await resolveSession(ctx.db, ctx.clock, next.token)).not.toBeNull();
  });

  test('an approver must set TOTP up; a counsellor may turn it on and is then asked for it', async () => {
    const approver = await addStaff(GOOD, ['approver']);
    const pending = await login(ctx, { email: approver.email, password: GOOD });
    expect(pending.secondFactor).toBe('setup');
    expect(await resolveSession(ctx.db, ctx.clock, pending.token)).toBeNull();

    const counsellor = await addStaff(GOOD, ['counsellor']);
    const plain = await login(ctx, { email: counsellor.email, password: GOOD });
    expect(plain.secondFactor).toBe('none');
    const sessionId = sessionIdOf(plain.token);
    const { setup } = await secondFactorState(ctx, { sessionId });
    await verifySecondFactor(ctx, { sessionId, code: await currentTotpCode(setup!.secret, ctx.clock) });
    const next = await login(ctx, { email: counsellor.email, password: GOOD });
    expect(next.secondFactor).toBe('verify');
    expect(await resolveSession(ctx.db, ctx.clock, next.token)).toBeNull();
  });

  test('five wrong codes lock the account and end its sessions', async () => {
    const staff = await addStaff(GOOD, ['admin']);
    const { token } = await login(ctx, { email: staff.email, password: GOOD });
    const sessionId = sessionIdOf(token);
    await secondFactorState(ctx, { sessionId });
    for (let i = 1; i <= 4; i++) {
      expect((await caught(verifySecondFactor(ctx, { sessionId, code: '000000' }))).code).toBe('validation');
    }
    expect((await caught(verifySecondFactor(ctx, { sessionId, code: '000000' }))).code).toBe('locked');
    expect(await findSession(ctx.db, ctx.clock, token)).toBeNull();
    expect((await caught(login(ctx, { email: staff.email, password: GOOD }))).code).toBe('locked');
  });

  test('the test helper logs an approver in completely', async () => {
    const { client, staff } = await createStaffAndLogin(ctx, createApp(ctx), {
      tenantId,
      roles: ['approver'],
    });
    expect(staff.roles).toEqual(['approver']);
    expect(client.cookies.get('mg_session')).toBeTruthy();
  });
});
