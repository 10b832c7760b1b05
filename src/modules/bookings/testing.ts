import type { AppContext } from '../../context.ts';
import type { Actor } from '../../kernel/audit/audit.ts';
import type { Principal } from '../../kernel/policy/authorize.ts';
import { createTestDocument } from '../policies/testing.ts';
import { createStaff, generatePassword } from '../staff/index.ts';
import { createOffice, createTenant } from '../tenants/index.ts';
import { ENVIRONMENT_KEYS } from './bookings.schema.ts';
import { createBooking } from './create-booking.ts';
import { CONSULTATION_TERMS } from './place-booking.ts';
import { registerJobSeeker } from './register-job-seeker.ts';
import { setWeeklyHours } from './set-weekly-hours.ts';

// Test fixtures for the bookings area (and for others that need a bookable office).

/** With the test clock on Tuesday 2026-12-01 10:00 JST: sessions on Wednesday and Thursday at 09:00 JST. */
export const WED_0900 = '2026-12-02T00:00:00Z';
export const THU_0900 = '2026-12-03T00:00:00Z';
const system: Actor = { kind: 'system', id: 'test' };

export const WEEKDAY_HOURS = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, startsAt: '09:00', endsAt: '12:00' },
  { weekday, startsAt: '13:00', endsAt: '16:00' },
]);

export interface BookingFixture {
  tenantId: string;
  officeId: string;
  officeSlug: string;
  officePhone: string;
  counsellors: { id: string; email: string; password: string }[];
  admin: Principal;
  counsellorPrincipal(index?: number): Principal;
  /** Registered (利用登録者) job seekers' numbers. */
  numbers: string[];
  onlineNumber: string;
}

export async function createBookingFixture(
  ctx: AppContext,
  o: {
    tenantId?: string;
    settings?: Record<string, unknown>;
    counsellors?: number;
    jobSeekers?: number;
    terms?: boolean;
  } = {},
): Promise<BookingFixture> {
  const tenantId = o.tenantId ?? 'hw-test';
  await createTenant(ctx, {
    actor: system,
    input: {
      id: tenantId,
      nameJa: 'テスト公共職業安定所',
      nameEn: 'Test Hello Work',
      kind: 'hellowork',
      settings: o.settings ?? {},
    },
  });
  const office = await createOffice(ctx, {
    actor: system,
    tenantId,
    input: { slug: 'central', nameJa: '中央窓口', nameEn: 'Central office', phone: '086-000-1234' },
  });
  if (o.terms !== false) await createTestDocument(ctx, { tenantId, key: CONSULTATION_TERMS });
  const admin: Principal = {
    staffId: '00000000-0000-4000-8000-000000000001',
    tenantId,
    roles: ['admin'],
    officeIds: [],
  };
  const counsellors: BookingFixture['counsellors'] = [];
  for (let i = 0; i < (o.counsellors ?? 1); i++) {
    const password = generatePassword();
    const email = `counsellor${i}@${tenantId}.test`;
    const staff = await createStaff(ctx, {
      actor: system,
      tenantId,
      input: {
        email,
        displayName: `相談員${i + 1}`,
        roles: ['counsellor'],
        officeIds: [office.id],
        password,
      },
    });
    counsellors.push({ id: staff.id, email, password });
    await setWeeklyHours(ctx, {
      principal: admin,
      tenantId,
      office: office.id,
      staffId: staff.id,
      input: { hours: WEEKDAY_HOURS },
    });
  }
  const numbers: string[] = [];
  for (let i = 0; i < (o.jobSeekers ?? 3); i++) {
    const number = `33010-${String(1000 + i).padStart(8, '0')}`;
    await registerJobSeeker(ctx, {
      principal: admin,
      tenantId,
      input: { number, name: `求職者${i + 1}`, registration: 'registered' },
    });
    numbers.push(number);
  }
  const onlineNumber = '33010-99999999';
  await registerJobSeeker(ctx, {
    principal: admin,
    tenantId,
    input: { number: onlineNumber, name: 'オンライン登録者', registration: 'online' },
  });
  return {
    tenantId,
    officeId: office.id,
    officeSlug: office.slug,
    officePhone: office.phone,
    counsellors,
    admin,
    counsellorPrincipal: (index = 0) => ({
      staffId: counsellors[index]!.id,
      tenantId,
      roles: ['counsellor'],
      officeIds: [office.id],
    }),
    numbers,
    onlineNumber,
  };
}

/** A complete, valid booking request body for the fixture's office. */
export function bookingInput(f: BookingFixture, startsAt: string, overrides: Record<string, unknown> = {}) {
  return {
    office: f.officeSlug,
    startsAt,
    name: '山田 花子',
    jobSeekerNumber: f.numbers[0]!,
    email: 'hanako@example.jp',
    interpreter: false,
    assistant: false,
    environment: ENVIRONMENT_KEYS,
    ...overrides,
  };
}

/** Books `startsAt` on the web for one of the fixture's job seekers (the first unless named). */
export async function bookAt(ctx: AppContext, f: BookingFixture, startsAt: string, number?: string) {
  const input = bookingInput(f, startsAt, number ? { jobSeekerNumber: number } : {});
  return (await createBooking(ctx, { tenantId: f.tenantId, input, channel: 'web' })).booking;
}
