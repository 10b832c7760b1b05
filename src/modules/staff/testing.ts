import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { App } from '../../http/app.ts';
import type { Role } from '../../kernel/policy/authorize.ts';
import { TestClient } from '../../testing/http-client.ts';
import { createOffice, createTenant } from '../tenants/index.ts';
import { createStaff } from './create-staff.ts';
import { login } from './login.ts';
import { generatePassword } from './password-policy.ts';
import { secondFactorState, verifySecondFactor } from './second-factor.ts';
import { sessionIdOf } from './sessions.ts';
import { SESSION_COOKIE } from './staff.session.ts';
import { currentTotpCode } from './totp.ts';

// Helpers for every area's tests: a tenant with one office, and a staff member already logged in
// (TOTP done for admins and approvers) behind a cookie-keeping TestClient.

const system = { kind: 'system' } as const;

export async function createTestTenant(ctx: AppContext, id = `t-${randomBytes(4).toString('hex')}`) {
  const tenant = await createTenant(ctx, {
    actor: system,
    input: {
      id,
      nameJa: `テスト団体 ${id}`,
      nameEn: `Test organisation ${id}`,
      kind: 'hellowork',
      phone: '03-1234-5678',
    },
  });
  const office = await createOffice(ctx, {
    actor: system,
    tenantId: tenant.id,
    input: { slug: 'main', nameJa: '本所', nameEn: 'Main office', phone: '03-1234-5678' },
  });
  return { tenant, office };
}

export interface StaffLoginOptions {
  tenantId: string;
  roles: Role[];
  /** Office ids or slugs; none = every office of the tenant. */
  officeIds?: string[];
  email?: string;
  displayName?: string;
}

export async function createStaffAndLogin(ctx: AppContext, app: App, o: StaffLoginOptions) {
  const password = generatePassword();
  const email = o.email ?? `staff-${randomBytes(5).toString('hex')}@example.test`;
  const staff = await createStaff(ctx, {
    actor: system,
    tenantId: o.tenantId,
    input: {
      email,
      displayName: o.displayName ?? `職員 ${o.roles.join('・')}`,
      roles: o.roles,
      officeIds: o.officeIds ?? [],
      password,
    },
  });
  const session = await login(ctx, { email, password, userAgent: 'test' });
  if (session.secondFactor !== 'none') {
    const sessionId = sessionIdOf(session.token);
    const state = await secondFactorState(ctx, { sessionId });
    if (!state.setup) throw new Error('a new staff member has no TOTP set up yet');
    await verifySecondFactor(ctx, { sessionId, code: await currentTotpCode(state.setup.secret, ctx.clock) });
  }
  const client = new TestClient(app, ctx.config.SECRET_KEY);
  client.cookies.set(SESSION_COOKIE, session.token);
  return { client, staff, password, token: session.token };
}
