import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendarDate.ts';
import { generateDemoData } from '../demo/generateDemoData.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { dailyMetrics } from '../reports/dailyMetrics.ts';
import { changeRatio } from './changeRatio.ts';
import { buildDashboardIndex } from './dashboardIndex.ts';
import { dashboardPeriod } from './dashboardPeriod.ts';
import { periodMeasures } from './periodMeasures.ts';
import { CLOCK, OFFSET, filterOf, index } from './testDashboard.ts';
import { weeklyTrends } from './weeklyTrends.ts';

const week = filterOf().period;
const measure = (memberId: string | null, sourceId: string | null = null) => periodMeasures(index, week, { memberId, sourceId }, OFFSET);

describe('periodMeasures (本周 11-30 … 12-06 of the hand-worked team)', () => {
  it('counts the week for everyone: follow-ups, new leads, moves into 方案报价, wins once per rep and day, and their amount', () => {
    const m = measure(null);
    expect(m.followUps).toEqual({ count: 9, ids: ['f01', 'f02', 'f05', 'f10', 'f11', 'f03', 'f06', 'f07', 'f08'] });
    // c1 and c3 were created this week; a click opens the week's follow-ups of those two.
    expect(m.newLeads).toEqual({ count: 2, ids: ['f01', 'f02', 'f03', 'f07', 'f08'] });
    expect(m.quotes).toEqual({ count: 1, ids: ['f03'] });
    // f11 is won again after f10 (no move): one win, ¥200,000.
    expect(m.won).toEqual({ count: 1, ids: ['f10'] });
    expect(m.amount).toBe(200_000);
  });

  it('a member’s numbers are their own rows; new leads are the customers they created', () => {
    const a = measure('a');
    expect(a.followUps.count).toBe(4);
    expect(a.newLeads).toEqual({ count: 2, ids: ['f01', 'f02', 'f03', 'f07'] });
    expect(a.won.count).toBe(0);
    const b = measure('b');
    expect([b.followUps.count, b.newLeads.count, b.quotes.count, b.won.count, b.amount]).toEqual([5, 0, 0, 1, 200_000]);
  });

  it('the source filter keeps the customers from that channel', () => {
    const expo = measure(null, 'expo');
    expect([expo.followUps.count, expo.newLeads.count, expo.quotes.count, expo.won.count]).toEqual([5, 2, 1, 0]);
  });

  it('weeklyTrends gives the same numbers week by week', () => {
    const trends = weeklyTrends(index, filterOf(), CLOCK, 2);
    expect(trends.map((t) => t.week.from)).toEqual(['2026-11-23', '2026-11-30']);
    expect(trends.map((t) => [t.followUps.count, t.newLeads.count, t.quotes.count, t.won.count])).toEqual([[1, 0, 0, 0], [9, 2, 1, 1]]);
  });

  it('环比 is (this − last) ÷ last, and none when last is 0', () => {
    expect(changeRatio(15, 10)).toBe(0.5);
    expect(changeRatio(5, 10)).toBe(-0.5);
    expect(changeRatio(3, 0)).toBeNull();
  });
});

describe('the dashboard and the daily report count alike', () => {
  it('a week’s numbers per rep equal the sum of that rep’s daily reports (sample team, 5,000 follow-ups)', () => {
    const now = Date.UTC(2026, 11, 3, 4);
    const demo = generateDemoData({ seed: 20261123, now, adminId: 'admin' });
    const stages = defaultOptionLists().stages;
    const big = buildDashboardIndex({ followUps: demo.followUps, customers: demo.customers, stages });
    const period = dashboardPeriod('lastWeek', '2026-12-03', OFFSET);
    let compared = 0;
    for (const rep of demo.members.filter((m) => m.role === 'rep')) {
      const sum = { followUps: 0, newLeads: 0, quotes: 0, won: 0, amount: 0 };
      for (let d = period.from; d <= period.to; d = addDays(d, 1)) {
        const day = dailyMetrics({ memberId: rep.id, day: d, utcOffsetMinutes: OFFSET, followUps: demo.followUps, customers: demo.customers });
        sum.followUps += day.followUps.count;
        sum.newLeads += day.newLeads.count;
        sum.quotes += day.quote.count;
        sum.won += day.won.count;
        sum.amount += day.won.amount;
      }
      const m = periodMeasures(big, period, { memberId: rep.id, sourceId: null }, OFFSET);
      expect({ followUps: m.followUps.count, newLeads: m.newLeads.count, quotes: m.quotes.count, won: m.won.count, amount: m.amount }).toEqual(sum);
      compared += sum.followUps;
    }
    // The comparison meant something: the reps had a working week.
    expect(compared).toBeGreaterThan(100);
  });
});
