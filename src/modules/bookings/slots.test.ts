import { describe, expect, test } from 'vitest';
import { daySlots, workingRanges } from './slots.ts';

const hours = [
  { staffId: 'a', weekday: 2, startsAt: '09:00:00', endsAt: '12:00:00' },
  { staffId: 'a', weekday: 2, startsAt: '13:00:00', endsAt: '15:10:00' },
  { staffId: 'b', weekday: 2, startsAt: '10:00:00', endsAt: '11:00:00' },
];

describe('BOOK-LENGTH: slots of the tenant length from weekly hours and exceptions', () => {
  test('BOOK-LENGTH: 30-minute sessions fill the hours, a short remainder is not a slot', () => {
    const slots = daySlots({
      date: '2026-12-01',
      zone: 'Asia/Tokyo',
      lengthMinutes: 30,
      counsellorIds: ['a'],
      hours,
      exceptions: [],
    });
    expect(slots).toHaveLength(6 + 4);
    expect(slots[0]!.startsAt.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(slots.at(-1)!.startsAt.toISOString()).toBe('2026-12-01T05:30:00.000Z');
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 30 * 60_000)).toBe(true);
  });

  test('BOOK-LENGTH: a tenant length of 45 minutes', () => {
    const slots = daySlots({
      date: '2026-12-01',
      zone: 'Asia/Tokyo',
      lengthMinutes: 45,
      counsellorIds: ['a'],
      hours,
      exceptions: [],
    });
    expect(slots).toHaveLength(4 + 2);
  });

  test('a day off, part of a day off and extra hours', () => {
    const off = [{ staffId: 'a', onDate: '2026-12-01', kind: 'off' as const, startsAt: null, endsAt: null }];
    expect(workingRanges('a', '2026-12-01', hours, off)).toEqual([]);
    const morningOff = [
      { staffId: 'a', onDate: '2026-12-01', kind: 'off' as const, startsAt: '09:00', endsAt: '10:30' },
    ];
    expect(workingRanges('a', '2026-12-01', hours, morningOff)).toEqual([
      [630, 720],
      [780, 910],
    ]);
    const extra = [
      { staffId: 'b', onDate: '2026-12-02', kind: 'extra' as const, startsAt: '14:00', endsAt: '15:00' },
    ];
    expect(workingRanges('b', '2026-12-02', hours, extra)).toEqual([[840, 900]]);
    // Another day's exception does not apply.
    expect(workingRanges('a', '2026-12-08', hours, off)).toHaveLength(2);
  });
});
