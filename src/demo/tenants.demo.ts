import type { AppContext } from '../context.ts';
import { createOffice, createTenant, findOffice, findTenant } from '../modules/tenants/index.ts';

// Five demo organisations modelled on the five source documents' kinds of organisation. Names,
// numbers and addresses are invented; 00 exchanges are not assigned in Japan.
const demoTenants = [
  {
    id: 'jobcafe-kitakami',
    nameJa: 'ジョブカフェきたかみ（デモ）',
    nameEn: 'Job Café Kitakami (demo)',
    kind: 'jobcafe',
    phone: '0197-00-1111',
    email: 'info@jobcafe-kitakami.demo',
    website: 'https://jobcafe-kitakami.demo',
    offices: [
      {
        slug: 'main',
        nameJa: 'ジョブカフェきたかみ',
        nameEn: 'Job Café Kitakami',
        phone: '0197-00-1111',
        opensAt: '09:00',
        closesAt: '17:00',
      },
    ],
  },
  {
    id: 'career-desk-minato',
    nameJa: 'みなとキャリア相談デスク（デモ）',
    nameEn: 'Minato Career Desk (demo)',
    kind: 'desk',
    phone: '043-000-2222',
    email: 'desk@career-desk-minato.demo',
    website: 'https://career-desk-minato.demo',
    offices: [
      {
        slug: 'desk',
        nameJa: '相談デスク',
        nameEn: 'Consultation desk',
        phone: '043-000-2222',
        opensAt: '10:00',
        closesAt: '19:00',
      },
    ],
  },
  {
    id: 'coop-musashino',
    nameJa: '生活協同組合むさしの（デモ）',
    nameEn: 'Musashino Consumer Co-op (demo)',
    kind: 'coop',
    phone: '048-000-3333',
    email: 'sns@coop-musashino.demo',
    website: 'https://coop-musashino.demo',
    offices: [
      {
        slug: 'hq',
        nameJa: '本部',
        nameEn: 'Head office',
        phone: '048-000-3333',
        opensAt: '09:00',
        closesAt: '17:30',
      },
    ],
  },
  {
    id: 'hw-kibi',
    nameJa: 'ハローワーク吉備（デモ）',
    nameEn: 'Hello Work Kibi (demo)',
    kind: 'hellowork',
    phone: '086-000-1234',
    email: 'online@hw-kibi.demo',
    website: 'https://hw-kibi.demo',
    offices: [
      {
        slug: 'kibi-central',
        nameJa: 'ハローワーク吉備 本所',
        nameEn: 'Hello Work Kibi main office',
        phone: '086-000-1234',
        opensAt: '08:30',
        closesAt: '17:15',
      },
      {
        slug: 'kibi-north',
        nameJa: 'ハローワーク吉備 北出張所',
        nameEn: 'Hello Work Kibi north branch',
        phone: '086-000-5678',
        opensAt: '08:30',
        closesAt: '17:15',
      },
    ],
  },
  {
    id: 'hw-akagi',
    nameJa: 'ハローワーク赤城（デモ）',
    nameEn: 'Hello Work Akagi (demo)',
    kind: 'hellowork',
    phone: '027-000-5678',
    email: 'seminar@hw-akagi.demo',
    website: 'https://hw-akagi.demo',
    settings: { bookingDeadline: 'previous-business-day-closing' },
    offices: [
      {
        slug: 'akagi-central',
        nameJa: 'ハローワーク赤城 本所',
        nameEn: 'Hello Work Akagi main office',
        phone: '027-000-5678',
        opensAt: '08:30',
        closesAt: '17:15',
      },
    ],
  },
] as const;

export const demoTenantIds = demoTenants.map((t) => t.id);

/** Creates whatever of the demo tenants and offices is missing; safe to run on every start. */
export async function seedTenantDemo(ctx: AppContext): Promise<{ id: string; name: string }[]> {
  const actor = { kind: 'system', id: 'demo' } as const;
  for (const { offices, ...tenant } of demoTenants) {
    if (!(await findTenant(ctx.db, tenant.id))) await createTenant(ctx, { actor, input: tenant });
    for (const office of offices) {
      if (!(await findOffice(ctx.db, tenant.id, office.slug))) {
        await createOffice(ctx, { actor, tenantId: tenant.id, input: office });
      }
    }
  }
  return demoTenants.map((t) => ({ id: t.id, name: t.nameJa }));
}
