import type { AppContext } from '../context.ts';
import { seedBookingDemo } from './bookings.demo.ts';
import { seedPolicyDemo } from './policies.demo.ts';
import { seedStaffDemo } from './staff.demo.ts';
import { demoTenantIds, seedTenantDemo } from './tenants.demo.ts';

export interface DemoSummary {
  tenants: { id: string; name: string }[];
  logins: { tenant: string; email: string; password: string; roles: string[]; totp?: string }[];
}

/** Seeds every area's demo data; each step creates only what is missing. */
export async function seedDemo(ctx: AppContext): Promise<DemoSummary> {
  const tenants = await seedTenantDemo(ctx);
  const logins = await seedStaffDemo(ctx, demoTenantIds);
  await seedPolicyDemo(ctx);
  await seedBookingDemo(ctx);
  return { tenants, logins };
}

export function printDemo(summary: DemoSummary, baseUrl: string): void {
  const lines = [`\nmadoguchi demo: ${baseUrl}`];
  for (const t of summary.tenants) lines.push(`  ${t.name}: ${baseUrl}/t/${t.id}`);
  if (summary.logins.length) lines.push('\nDemo logins (staff console at /staff/login):');
  for (const l of summary.logins) {
    lines.push(
      `  ${l.tenant}  ${l.email}  ${l.password}  [${l.roles.join(', ')}]${l.totp ? `  TOTP secret ${l.totp}` : ''}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
