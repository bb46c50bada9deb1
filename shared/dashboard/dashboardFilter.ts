import type { CalendarDate } from '../domain/calendarDate.ts';
import type { DashboardIndex } from './dashboardIndex.ts';
import type { DashboardPeriod } from './dashboardPeriod.ts';

/** What the filter bar picked: the period, one member or everyone (null), one 来源渠道 or all (null). */
export type DashboardFilter = { period: DashboardPeriod; memberId: string | null; sourceId: string | null };

/** Who is looking and when: "today" on the team calendar, the instant, and the team's offset. */
export type DashboardClock = { today: CalendarDate; now: number; utcOffsetMinutes: number };

/** A dictionary index to compare against: -1 = anything, -2 = an id the data never mentions (matches nothing). */
export const lookupIndex = (index: ReadonlyMap<string, number>, id: string | null): number => (id === null ? -1 : (index.get(id) ?? -2));

/** First position whose time is ≥ t (the rows are in time order). */
export const lowerBound = (at: Float64Array, t: number): number => {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Positions of the rows in [start, end) that pass the member (责任人) and source filters, in time order:
 * a binary search finds the window, so a week of 100,000 rows costs a loop over that week only.
 */
export const windowRows = (index: DashboardIndex, start: number, end: number, filter: Pick<DashboardFilter, 'memberId' | 'sourceId'>): Int32Array => {
  const member = lookupIndex(index.memberIndex, filter.memberId);
  const source = lookupIndex(index.sourceIndex, filter.sourceId);
  const owners = index.owner;
  const lo = lowerBound(index.at, start);
  const hi = lowerBound(index.at, end);
  const out = new Int32Array(hi - lo);
  let n = 0;
  for (let i = lo; i < hi; i++) {
    if (member !== -1 && owners[i] !== member) continue;
    if (source !== -1 && index.customerSource[index.customer[i]!] !== source) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
};
