import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generateDemoData.ts';
import { applyBuiltInView } from '../grid/builtInViews.ts';
import { testLookups } from '../grid/testRows.ts';
import { buildDashboardIndex } from './dashboardIndex.ts';
import { dashboardPeriod } from './dashboardPeriod.ts';
import { overdueCustomers } from './overdueCustomers.ts';
import { CLOCK, OFFSET, filterOf, index, stages } from './testDashboard.ts';

const line = (o: ReturnType<typeof overdueCustomers>) => o.top.map((c) => `${c.customerId} ${c.daysOverdue} ${c.ownerId}`);

describe('overdueCustomers', () => {
  it('lists customers whose latest follow-up planned a date before today, the most overdue first', () => {
    // c5: plan 11-25 (8 days), c3: f08 plan 12-01 for a (2 days), c1: f03 plan 12-02 (1 day). c2 plans 12-10.
    const o = overdueCustomers(index, filterOf(), CLOCK);
    expect(line(o)).toEqual(['c5 8 a', 'c3 2 a', 'c1 1 a']);
    expect(o).toMatchObject({ total: 3, ids: ['f12', 'f08', 'f03'], asOf: '2026-12-03' });
    expect(overdueCustomers(index, filterOf(), CLOCK, 2).top).toHaveLength(2);
  });

  it('belongs to whoever must act (下一步负责人, else 责任人) and follows the source filter', () => {
    expect(overdueCustomers(index, filterOf('thisWeek', { memberId: 'b' }), CLOCK).total).toBe(0);
    expect(line(overdueCustomers(index, filterOf('thisWeek', { sourceId: 'expo' }), CLOCK))).toEqual(['c3 2 a', 'c1 1 a']);
  });

  it('a past period is seen from its last day, without the follow-ups that came after', () => {
    // 上周, as of 11-29: c2's f04 planned 11-28; c5's f12 planned 11-25.
    expect(line(overdueCustomers(index, filterOf('lastWeek'), CLOCK))).toEqual(['c5 4 a', 'c2 1 b']);
  });

  it('as of today, names the customers of the grid’s 已逾期 view (sample team)', () => {
    const now = Date.UTC(2026, 11, 3, 4);
    const demo = generateDemoData({ seed: 20261123, now, adminId: 'admin' });
    const big = buildDashboardIndex({ followUps: demo.followUps, customers: demo.customers, stages });
    const o = overdueCustomers(big, { period: dashboardPeriod('thisWeek', '2026-12-03', OFFSET), memberId: null, sourceId: null }, CLOCK);
    const grid = applyBuiltInView('overdue', demo.followUps, { memberId: 'x', today: '2026-12-03', now }, testLookups());
    expect(o.total).toBeGreaterThan(5);
    expect(o.total).toBe(new Set(grid.map((r) => r.customerId)).size);
    const gridIds = new Set(grid.map((r) => r.id));
    expect(o.ids.every((id) => gridIds.has(id))).toBe(true);
  });
});
