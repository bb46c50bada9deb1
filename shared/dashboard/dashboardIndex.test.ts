import { describe, expect, it } from 'vitest';
import { at, followUps, index } from './testDashboard.ts';
import { lowerBound, windowRows } from './dashboardFilter.ts';

const idsAt = (positions: Iterable<number>) => Array.from(positions, (i) => index.rows[i]!.id);

describe('buildDashboardIndex', () => {
  it('keeps the live rows in time order (same instant: by id) and marks stage moves per customer', () => {
    expect(index.rows).toHaveLength(followUps.length - 1);
    expect(index.rows.map((r) => r.id)).toEqual(['f09', 'f12', 'f04', 'f01', 'f02', 'f05', 'f10', 'f11', 'f03', 'f06', 'f07', 'f08']);
    const moved = new Set(idsAt(index.rows.keys()).filter((_, i) => index.moved[i] === 1));
    // Not moves: f05 (contact after contact), f11 (won after won). The trashed f13 never broke c1's chain.
    expect([...moved].sort()).toEqual(['f01', 'f02', 'f03', 'f04', 'f06', 'f07', 'f08', 'f09', 'f10', 'f12']);
  });

  it('holds each customer’s rows oldest first', () => {
    const c4 = index.customerIndex.get('c4')!;
    expect(idsAt(index.customerRows.subarray(index.customerStart[c4]!, index.customerStart[c4 + 1]!))).toEqual(['f09', 'f10', 'f11']);
  });

  it('windowRows finds a window by binary search and applies the member and source filters', () => {
    expect(lowerBound(index.at, at('12-01', 0))).toBe(4);
    expect(idsAt(windowRows(index, at('12-01', 0), at('12-02', 0), { memberId: null, sourceId: null }))).toEqual(['f02', 'f05', 'f10', 'f11']);
    expect(idsAt(windowRows(index, at('12-01', 0), at('12-03', 0), { memberId: 'b', sourceId: 'online' }))).toEqual(['f05', 'f10', 'f11', 'f06']);
    expect(idsAt(windowRows(index, at('12-01', 0), at('12-03', 0), { memberId: 'b', sourceId: 'expo' }))).toEqual(['f08']);
    expect(windowRows(index, 0, Infinity, { memberId: 'nobody', sourceId: null })).toHaveLength(0);
  });
});
