import { describe, expect, test } from 'vitest';
import {
  closedReason,
  DEFAULT_CLOSURES,
  holidayName,
  isOpenDay,
  isWithinBusinessHours,
  nextBusinessInstant,
  previousOpenDay,
} from './calendar.ts';

const hours = { opensAt: '09:00', closesAt: '17:00' };

describe('Japanese holidays come from @holiday-jp/holiday_jp', () => {
  test.each([
    ['2026-01-01', '元日'],
    ['2026-01-12', '成人の日'],
    ['2026-05-06', 'こどもの日 振替休日'],
    ['2026-09-21', '敬老の日'],
    ['2026-09-22', '休日'], // the citizens' holiday (国民の休日), as the library names it
    ['2026-09-23', '秋分の日'],
    ['2026-11-23', '勤労感謝の日'],
    ['2027-03-21', '春分の日'],
    ['2027-03-22', '春分の日 振替休日'],
    ['2027-07-19', '海の日'],
  ])('%s is %s', (date, name) => {
    expect(holidayName(date)?.ja).toBe(name);
    expect(isOpenDay(date)).toBe(false);
  });

  test('an ordinary weekday is open', () => {
    expect(holidayName('2026-05-07')).toBeNull();
    expect(isOpenDay('2026-05-07')).toBe(true);
  });

  test('the 2026-05-06 substitute holiday closes a Wednesday', () => {
    expect(new Date('2026-05-06T00:00:00Z').getUTCDay()).toBe(3);
    expect(isOpenDay('2026-05-06')).toBe(false);
  });

  test('the 2026-09-22 citizens’ holiday sits between two holidays', () => {
    expect(['2026-09-21', '2026-09-22', '2026-09-23'].map((d) => isOpenDay(d))).toEqual([
      false,
      false,
      false,
    ]);
    expect(isOpenDay('2026-09-24')).toBe(true);
  });
});

describe('SNS-HOURS: open days and hours', () => {
  test('Saturdays and Sundays are closed', () => {
    expect(closedReason('2026-11-28')).toBe('saturday');
    expect(closedReason('2026-11-29')).toBe('sunday');
  });

  test('the year-end break runs from 29 December to 3 January by default', () => {
    expect(closedReason('2026-12-28')).toBeNull();
    for (const d of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-02'])
      expect(isOpenDay(d)).toBe(false);
    expect(closedReason('2026-12-29')).toBe('year-end');
    expect(closedReason('2027-01-01')).toBe('holiday');
    expect(closedReason('2027-01-04')).toBeNull();
  });

  test('a tenant can set another break and dated closures', () => {
    const rules = {
      ...DEFAULT_CLOSURES,
      yearEndBreak: { from: '12-28', to: '01-05' },
      closures: [{ startsOn: '2026-12-01', endsOn: '2026-12-02', reason: 'office move' }],
    };
    expect(closedReason('2026-12-28', rules)).toBe('year-end');
    expect(closedReason('2027-01-05', rules)).toBe('year-end');
    expect(closedReason('2026-12-01', rules)).toBe('closure');
    expect(closedReason('2026-12-03', rules)).toBeNull();
    expect(isOpenDay('2026-12-29', { ...DEFAULT_CLOSURES, yearEndBreak: null })).toBe(true);
  });

  test('business hours are read in Asia/Tokyo whatever the process time zone', () => {
    // 2026-12-01 (Tue) 09:00 JST = 00:00 UTC
    expect(isWithinBusinessHours(new Date('2026-12-01T00:00:00Z'), hours)).toBe(true);
    expect(isWithinBusinessHours(new Date('2026-11-30T23:59:00Z'), hours)).toBe(false);
    expect(isWithinBusinessHours(new Date('2026-12-01T07:59:00Z'), hours)).toBe(true);
    expect(isWithinBusinessHours(new Date('2026-12-01T08:00:00Z'), hours)).toBe(false);
  });

  test('the next business instant skips the evening, the weekend and holidays', () => {
    // Fri 2026-11-20 18:00 JST → Tue 2026-11-24 09:00 JST (Mon 11-23 is a holiday)
    expect(nextBusinessInstant(new Date('2026-11-20T09:00:00Z'), hours).toISOString()).toBe(
      '2026-11-24T00:00:00.000Z',
    );
    // Mon 2026-12-28 20:00 JST → Mon 2027-01-04 09:00 JST, across the year-end break
    expect(nextBusinessInstant(new Date('2026-12-28T11:00:00Z'), hours).toISOString()).toBe(
      '2027-01-04T00:00:00.000Z',
    );
  });

  test('the previous open day steps back over weekends and holidays', () => {
    expect(previousOpenDay('2026-11-24')).toBe('2026-11-20');
    expect(previousOpenDay('2027-01-04')).toBe('2026-12-28');
    expect(previousOpenDay('2026-05-07')).toBe('2026-05-01');
  });
});
