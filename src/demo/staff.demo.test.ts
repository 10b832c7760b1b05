import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  currentTotpCode,
  findSession,
  login,
  passwordProblem,
  verifySecondFactor,
} from '../modules/staff/index.ts';
import { listOffices, listTenants } from '../modules/tenants/index.ts';
import { createTestContext, type TestContext } from '../testing/test-context.ts';
import { DEMO_STAFF_PASSWORD, seedStaffDemo } from './staff.demo.ts';
import { seedTenantDemo } from './tenants.demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedTenantDemo(ctx);
});
afterAll(() => ctx.close());

test('SNS-PASSWORD: demo staff for every tenant, idempotent, and the printed logins work', async () => {
  const tenantIds = (await listTenants(ctx.db)).map((t) => t.id);
  const first = await seedStaffDemo(ctx, tenantIds);
  expect(await seedStaffDemo(ctx, tenantIds)).toEqual(first);
  for (const l of first) expect(passwordProblem(l.password, [l.email])).toBeNull();
  expect(
    first
      .filter((l) => l.roles.includes('admin'))
      .map((l) => l.tenant)
      .sort(),
  ).toEqual([...tenantIds].sort());
  const kibi = first.filter((l) => l.tenant === 'hw-kibi').map((l) => l.roles.join());
  expect(kibi.sort()).toEqual(['admin', 'approver', 'counsellor', 'counsellor']);
  expect(
    first
      .filter((l) => l.tenant === 'career-desk-minato')
      .map((l) => l.roles.join())
      .sort(),
  ).toEqual(['admin', 'expert']);

  // The admin logs in with the printed password and a code from the printed TOTP secret.
  const admin = first.find((l) => l.tenant === 'hw-kibi' && l.roles.includes('admin'))!;
  const session = await login(ctx, { email: admin.email, password: DEMO_STAFF_PASSWORD });
  expect(session.secondFactor).toBe('verify');
  await verifySecondFactor(ctx, {
    sessionId: (await findSession(ctx.db, ctx.clock, session.token))!.sessionId,
    code: await currentTotpCode(admin.totp!, ctx.clock),
  });

  // The two Hello Work counsellors each work for one office.
  const counsellor = first.find((l) => l.email === 'counsellor2@hw-kibi.demo')!;
  const c2 = await login(ctx, { email: counsellor.email, password: DEMO_STAFF_PASSWORD });
  expect(c2.secondFactor).toBe('none');
  const offices = await listOffices(ctx.db, 'hw-kibi');
  expect(offices.length).toBe(2);
});
