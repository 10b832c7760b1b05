import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { addHoursException } from './add-hours-exception.ts';
import { bookingQueues } from './bookings.workers.ts';
import { removeHoursException } from './remove-hours-exception.ts';
import { type BookingFixture, createBookingFixture } from './testing.ts';

let ctx: TestContext;
let f: BookingFixture;

beforeEach(async () => {
  ctx = await createTestContext({ queues: bookingQueues });
  f = await createBookingFixture(ctx);
});
afterEach(async () => {
  await ctx.close();
});

const addDayOff = () =>
  addHoursException(ctx, {
    principal: f.admin,
    tenantId: f.tenantId,
    office: f.officeId,
    staffId: f.counsellors[0]!.id,
    input: { onDate: '2026-12-02', kind: 'off' },
  });
const remaining = () => ctx.db.selectFrom('counsellor_exceptions').select('id').execute();

describe('BOOK-LENGTH: dated exceptions can be taken back', () => {
  test('staff of the office remove an exception, with an audit row', async () => {
    const row = await addDayOff();
    await removeHoursException(ctx, { principal: f.admin, tenantId: f.tenantId, exceptionId: row.id });
    expect(await remaining()).toEqual([]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['event', 'actor_id'])
      .where('event', '=', 'availability.exception_removed')
      .execute();
    expect(audit).toEqual([{ event: 'availability.exception_removed', actor_id: f.admin.staffId }]);
  });

  test("another tenant's admin and a counsellor of another office get 404 and nothing is removed", async () => {
    const row = await addDayOff();
    const other = await createBookingFixture(ctx, { tenantId: 'hw-other', counsellors: 0 });
    await expect(
      removeHoursException(ctx, { principal: other.admin, tenantId: f.tenantId, exceptionId: row.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      removeHoursException(ctx, { principal: other.admin, tenantId: other.tenantId, exceptionId: row.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const elsewhere = {
      ...f.counsellorPrincipal(0),
      officeIds: ['00000000-0000-4000-8000-00000000ffff'],
    };
    await expect(
      removeHoursException(ctx, { principal: elsewhere, tenantId: f.tenantId, exceptionId: row.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await remaining()).toEqual([{ id: row.id }]);
  });
});
