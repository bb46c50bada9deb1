import { describe, expect, it } from 'vitest';
import { pastQuarters } from './pastQuarters.ts';

describe('pastQuarters', () => {
  it('lists the quarters that ended before today, newest first, across a year', () => {
    expect(pastQuarters('2026-12-03', 4)).toEqual([{ year: 2026, quarter: 3 }, { year: 2026, quarter: 2 }, { year: 2026, quarter: 1 }, { year: 2025, quarter: 4 }]);
    expect(pastQuarters('2026-01-01', 2)).toEqual([{ year: 2025, quarter: 4 }, { year: 2025, quarter: 3 }]);
  });
});
