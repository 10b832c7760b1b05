import type { AppContext } from '../context.ts';
import type { Principal } from '../kernel/policy/authorize.ts';
import { isOpenDay } from '../kernel/time/calendar.ts';
import { FixedClock } from '../kernel/time/clock.ts';
import { addDays, fromWallTime, toWallTime } from '../kernel/time/zoned.ts';
import {
  createBooking,
  ENVIRONMENT_CHECKLIST,
  findJobSeekerByNumber,
  listCounsellorHours,
  listCounsellors,
  refuseJobSeeker,
  registerJobSeeker,
  setWeeklyHours,
} from '../modules/bookings/index.ts';
import { listOffices } from '../modules/tenants/index.ts';

// Bookings demo for the Hello Work tenant: counsellors' weekly hours, a small register of job seekers
// (registered, one online-only, one refused) and a few sessions today and on the next open day.
// Idempotent: hours only where none exist; job seekers and sessions only on the first run.
const TENANT = 'hw-kibi';
const HOURS = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, startsAt: '09:00', endsAt: '12:00' },
  { weekday, startsAt: '13:00', endsAt: '16:30' },
]);
const SEEKERS = [
  { number: '33010-00001001', name: '岡山 桃子', registration: 'registered', email: 'momoko@example.jp' },
  { number: '33010-00001002', name: '吉備 太郎', registration: 'registered', email: 'taro@example.jp' },
  { number: '33010-00001003', name: 'Nguyen Van An', registration: 'registered', email: 'an@example.jp' },
  { number: '33020-00002001', name: '倉敷 花', registration: 'registered', email: 'hana@example.jp' },
  { number: '33010-00009001', name: '仮登録 一郎', registration: 'online', email: 'ichiro@example.jp' },
  { number: '33010-00009002', name: '断 次郎', registration: 'registered', email: 'jiro@example.jp' },
] as const;

export async function seedBookingDemo(ctx: AppContext): Promise<void> {
  const offices = await listOffices(ctx.db, TENANT);
  const counsellors = await listCounsellors(ctx.db, TENANT);
  if (offices.length === 0 || counsellors.length === 0) return;
  const system: Principal = {
    staffId: counsellors[0]!.id,
    tenantId: TENANT,
    roles: ['admin'],
    officeIds: [],
  };

  for (const c of counsellors) {
    for (const officeId of c.office_ids.length ? c.office_ids : offices.map((o) => o.id)) {
      if ((await listCounsellorHours(ctx.db, officeId, c.id)).length > 0) continue;
      await setWeeklyHours(ctx, {
        principal: system,
        tenantId: TENANT,
        office: officeId,
        staffId: c.id,
        input: { hours: HOURS },
      });
    }
  }

  if (await findJobSeekerByNumber(ctx.db, TENANT, SEEKERS[0].number)) return;
  for (const s of SEEKERS) await registerJobSeeker(ctx, { principal: system, tenantId: TENANT, input: s });
  const refused = await findJobSeekerByNumber(ctx.db, TENANT, '33010-00009002');
  await refuseJobSeeker(ctx, {
    principal: system,
    tenantId: TENANT,
    jobSeekerId: refused!.id,
    input: { reason: '連絡のない欠席が続いたため（デモ）' },
  });

  // Sessions today are booked "yesterday": the demo books with a clock standing the day before.
  const today = toWallTime(ctx.clock.now()).date;
  let next = addDays(today, 1);
  while (!isOpenDay(next)) next = addDays(next, 1);
  const plan = [
    { date: today, time: '10:00', seeker: 0, interpreter: false },
    { date: today, time: '14:00', seeker: 2, interpreter: true },
    { date: next, time: '09:30', seeker: 1, interpreter: false },
    { date: next, time: '13:30', seeker: 3, interpreter: false },
  ];
  for (const p of plan) {
    if (!isOpenDay(p.date)) continue;
    const bookedFrom = { ...ctx, clock: new FixedClock(fromWallTime(addDays(p.date, -1), '12:00')) };
    const seeker = SEEKERS[p.seeker]!;
    await createBooking(bookedFrom, {
      tenantId: TENANT,
      channel: 'web',
      input: {
        office: offices[0]!.slug,
        startsAt: fromWallTime(p.date, p.time).toISOString(),
        name: seeker.name,
        jobSeekerNumber: seeker.number,
        email: seeker.email,
        interpreter: p.interpreter,
        assistanceNote: p.interpreter ? 'ベトナム語の通訳を希望' : undefined,
        environment: ENVIRONMENT_CHECKLIST.map((i) => i.key),
      },
    }).catch((error) => ctx.logger.warn({ err: error }, 'demo booking skipped'));
  }
}
