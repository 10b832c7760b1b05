import { describe, expect, test } from 'vitest';
import { DEFAULT_CLOSURES } from '../../kernel/time/calendar.ts';
import { bookingDeadline, type DeadlineMode, isBeforeDeadline } from './deadline.ts';

// Instants are written in JST on purpose (the tests run with TZ=UTC; nothing may depend on it).
const jst = (local: string) => new Date(`${local}+09:00`);
const options = (mode: DeadlineMode) => ({ mode, rules: DEFAULT_CLOSURES, officeClosesAt: '17:15:00' });

describe('BOOK-DEADLINE: previous calendar day (default)', () => {
  test.each([
    ['a Wednesday session closes at midnight before it', '2026-12-02T09:00', '2026-12-02T00:00'],
    ['a Monday session may be booked over the weekend', '2026-12-07T09:00', '2026-12-07T00:00'],
    ['after a holiday Monday the deadline is still the day before', '2027-01-12T10:00', '2027-01-12T00:00'],
    ['the first day after the year-end break', '2027-01-04T13:30', '2027-01-04T00:00'],
  ])('BOOK-DEADLINE: %s', (_, session, deadline) => {
    expect(bookingDeadline(jst(session), options('previous-calendar-day'))).toEqual(jst(deadline));
  });

  test('BOOK-DEADLINE: 23:59:59 the day before is in time, midnight is too late', () => {
    const session = jst('2026-12-07T09:00');
    expect(isBeforeDeadline(jst('2026-12-06T23:59:59'), session, options('previous-calendar-day'))).toBe(
      true,
    );
    expect(isBeforeDeadline(jst('2026-12-07T00:00'), session, options('previous-calendar-day'))).toBe(false);
    expect(isBeforeDeadline(jst('2026-12-07T08:00'), session, options('previous-calendar-day'))).toBe(false);
  });
});

describe('BOOK-DEADLINE: previous business day at closing time', () => {
  test.each([
    ['a Wednesday session closes on Tuesday at 17:15', '2026-12-02T09:00', '2026-12-01T17:15'],
    ['a Monday session closes on the Friday before', '2026-12-07T09:00', '2026-12-04T17:15'],
    [
      'after a holiday Monday it closes on the Friday before the long weekend',
      '2027-01-12T10:00',
      '2027-01-08T17:15',
    ],
    ['the first day after the year-end break closes on 28 December', '2027-01-04T09:00', '2026-12-28T17:15'],
    ['a Friday after a Thursday holiday closes on the Wednesday', '2027-02-12T09:00', '2027-02-10T17:15'],
  ])('BOOK-DEADLINE: %s', (_, session, deadline) => {
    expect(bookingDeadline(jst(session), options('previous-business-day-closing'))).toEqual(jst(deadline));
  });

  test('BOOK-DEADLINE: a tenant closure pushes the deadline further back', () => {
    const rules = {
      ...DEFAULT_CLOSURES,
      closures: [{ startsOn: '2026-12-04', endsOn: '2026-12-04', reason: '研修' }],
    };
    const deadline = bookingDeadline(jst('2026-12-07T09:00'), {
      mode: 'previous-business-day-closing',
      rules,
      officeClosesAt: '17:00:00',
    });
    expect(deadline).toEqual(jst('2026-12-03T17:00'));
  });

  test('BOOK-DEADLINE: Saturday morning is too late for Monday in business-day mode', () => {
    const session = jst('2026-12-07T09:00');
    expect(isBeforeDeadline(jst('2026-12-04T17:14'), session, options('previous-business-day-closing'))).toBe(
      true,
    );
    expect(isBeforeDeadline(jst('2026-12-05T09:00'), session, options('previous-business-day-closing'))).toBe(
      false,
    );
    expect(isBeforeDeadline(jst('2026-12-05T09:00'), session, options('previous-calendar-day'))).toBe(true);
  });
});
