import { describe, expect, it } from 'vitest';
import { nextAt } from '@/lib/engine/routine-schedule';
import { isoWeek } from '@/lib/store/weekly';

describe('routine schedule', () => {
  it('daily: later today if the hour is ahead, else tomorrow', () => {
    expect(nextAt(new Date(2026, 10, 23, 8, 0), 9)).toEqual(new Date(2026, 10, 23, 9, 0));
    expect(nextAt(new Date(2026, 10, 23, 9, 0), 9)).toEqual(new Date(2026, 10, 24, 9, 0));
  });

  it('weekly: the next Monday at the hour', () => {
    // 2026-11-23 is a Monday
    expect(nextAt(new Date(2026, 10, 23, 8, 0), 10, 1)).toEqual(new Date(2026, 10, 23, 10, 0));
    expect(nextAt(new Date(2026, 10, 23, 11, 0), 10, 1)).toEqual(new Date(2026, 10, 30, 10, 0));
    expect(nextAt(new Date(2026, 10, 26, 11, 0), 10, 1)).toEqual(new Date(2026, 10, 30, 10, 0));
  });

  it('weeks roll over on Monday, across the new year', () => {
    expect(isoWeek(new Date(2026, 10, 22))).toBe('2026-W47');
    expect(isoWeek(new Date(2026, 10, 23))).toBe('2026-W48');
    expect(isoWeek(new Date(2027, 0, 1))).toBe('2026-W53');
  });
});
