import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, formatWallTime, fromWallTime, toWallTime } from './zoned.ts';

describe('wall-clock time in Asia/Tokyo', () => {
  test('an instant reads as its Tokyo date and time', () => {
    expect(toWallTime(new Date('2026-12-31T15:30:00Z'))).toEqual({
      date: '2027-01-01',
      time: '00:30',
      weekday: 5,
    });
  });

  test('a Tokyo wall time maps back to its instant', () => {
    expect(fromWallTime('2026-12-01', '10:00').toISOString()).toBe('2026-12-01T01:00:00.000Z');
  });

  test('round trip for any minute of 2026–2027', () => {
    const start = Date.UTC(2026, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * 365 * 24 * 60 }), (minute) => {
        const instant = new Date(start + minute * 60_000);
        const wall = toWallTime(instant);
        expect(fromWallTime(wall.date, wall.time).getTime()).toBe(instant.getTime());
      }),
    );
  });

  test('another zone can be named (a tenant setting)', () => {
    expect(toWallTime(new Date('2026-07-01T12:00:00Z'), 'Europe/London').time).toBe('13:00');
    expect(fromWallTime('2026-07-01', '13:00', 'Europe/London').toISOString()).toBe(
      '2026-07-01T12:00:00.000Z',
    );
  });

  test('dates add across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  test('a booking time is shown with the Japanese weekday', () => {
    expect(formatWallTime(new Date('2026-12-01T01:00:00Z'), 'ja')).toBe('2026年12月1日(火) 10:00');
    expect(formatWallTime(new Date('2026-12-01T01:00:00Z'), 'en')).toBe('Tue 1 Dec 2026 10:00');
  });
});
