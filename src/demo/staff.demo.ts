import { createHash } from 'node:crypto';
import { ScureBase32Plugin } from 'otplib';
import type { AppContext } from '../context.ts';
import type { Role } from '../kernel/policy/authorize.ts';
import { createStaff, getStaffByEmail, requiresSecondFactor } from '../modules/staff/index.ts';
import { findTenant, listOffices } from '../modules/tenants/index.ts';
import type { DemoSummary } from './seed-demo.ts';

// Demo staff for every demo tenant. The passwords pass SNS-PASSWORD (zxcvbn 4) and are printed at
// start; admins and approvers get a fixed TOTP secret (printed too) so a person can add it to an
// authenticator app. Demo only: never use these on a real server.
export const DEMO_STAFF_PASSWORD = 'Madoguchi#Demo2026';

interface DemoPerson {
  local: string;
  nameJa: string;
  roles: Role[];
  /** Index into the tenant's offices (sorted by slug); none = every office. */
  office?: number;
}

const extrasByKind: Record<string, DemoPerson[]> = {
  hellowork: [
    { local: 'counsellor1', nameJa: '相談 一子', roles: ['counsellor'], office: 0 },
    { local: 'counsellor2', nameJa: '相談 二郎', roles: ['counsellor'], office: 1 },
    { local: 'approver', nameJa: '承認 三恵', roles: ['approver'] },
  ],
  jobcafe: [
    { local: 'operator', nameJa: '運用 四季', roles: ['operator'] },
    { local: 'approver', nameJa: '承認 五月', roles: ['approver'] },
  ],
  coop: [
    { local: 'operator', nameJa: '運用 六花', roles: ['operator'] },
    { local: 'approver', nameJa: '承認 七海', roles: ['approver'] },
  ],
  desk: [{ local: 'expert', nameJa: '専門 八雲', roles: ['expert'] }],
};

/** A stable Base32 TOTP secret per demo login, so the authenticator entry survives a reseed. */
export function demoTotpSecret(email: string): string {
  const bytes = createHash('sha256').update(`madoguchi-demo-totp:${email}`).digest().subarray(0, 20);
  return new ScureBase32Plugin().encode(new Uint8Array(bytes));
}

export async function seedStaffDemo(ctx: AppContext, tenantIds: string[]): Promise<DemoSummary['logins']> {
  const logins: DemoSummary['logins'] = [];
  for (const tenantId of tenantIds) {
    const tenant = await findTenant(ctx.db, tenantId);
    if (!tenant) continue;
    const offices = await listOffices(ctx.db, tenantId);
    const people: DemoPerson[] = [
      { local: 'admin', nameJa: '管理 太郎', roles: ['admin'] },
      ...(extrasByKind[tenant.kind] ?? []),
    ];
    for (const person of people) {
      const email = `${person.local}@${tenantId}.demo`;
      const office = person.office === undefined ? undefined : (offices[person.office] ?? offices[0]);
      const totp = requiresSecondFactor(person.roles) ? demoTotpSecret(email) : undefined;
      if (!(await getStaffByEmail(ctx, email))) {
        await createStaff(ctx, {
          actor: { kind: 'system', id: 'demo' },
          tenantId,
          input: {
            email,
            displayName: person.nameJa,
            roles: person.roles,
            officeIds: office ? [office.id] : [],
            password: DEMO_STAFF_PASSWORD,
          },
          ...(totp ? { totpSecret: totp } : {}),
        });
      }
      logins.push({
        tenant: tenantId,
        email,
        password: DEMO_STAFF_PASSWORD,
        roles: person.roles,
        ...(totp ? { totp } : {}),
      });
    }
  }
  return logins;
}
