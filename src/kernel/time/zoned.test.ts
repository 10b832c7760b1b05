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

  test('the cached zone offset reads every instant as Intl does, across daylight-saving changes', () => {
    const zones = [
      'Asia/Tokyo',
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    const direct = (instant: Date, zone: string) => {
      const p = Object.fromEntries(
        new Intl.DateTimeFormat('en-CA', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        })
          .formatToParts(instant)
          .map((x) => [x.type, x.value]),
      );
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    };
    const start = Date.UTC(2026, 0, 1);
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 2 * 365 * 24 * 60 * 60 }),
        (zone, second) => {
          const instant = new Date(start + second * 1000);
          const wall = toWallTime(instant, zone);
          expect(`${wall.date} ${wall.time}`).toBe(direct(instant, zone));
        },
      ),
      { numRuns: 5000 },
    );
    // St John's went from -3:30:52 to -3:30 at 1935-03-30T03:30:52Z, inside a quarter hour of UTC.
    for (let second = -1200; second <= 1200; second += 7) {
      const instant = new Date(Date.UTC(1935, 2, 30, 3, 30, 52 + second));
      const wall = toWallTime(instant, 'America/St_Johns');
      expect(`${wall.date} ${wall.time}`).toBe(direct(instant, 'America/St_Johns'));
    }
    // Around a change: 2026-03-08 02:00 New York (07:00 UTC), minute by minute.
    for (let m = -90; m <= 90; m++) {
      const instant = new Date(Date.UTC(2026, 2, 8, 7, m));
      expect(
        `${toWallTime(instant, 'America/New_York').date} ${toWallTime(instant, 'America/New_York').time}`,
      ).toBe(direct(instant, 'America/New_York'));
    }
  });
});
