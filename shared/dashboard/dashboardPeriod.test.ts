import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { dashboardPeriod, periodDays, previousPeriod, trendWeeks } from './dashboardPeriod.ts';

const OFFSET = 480;
const days = (p: { from: string; to: string }) => `${p.from}…${p.to}`;

describe('dashboard periods (today Thursday 2026-12-03)', () => {
  const today = '2026-12-03';

  it('本周 / 上周 / 本月 follow the grid’s presets, weeks from Monday, as instants at Shanghai midnight', () => {
    const week = dashboardPeriod('thisWeek', today, OFFSET);
    expect(days(week)).toBe('2026-11-30…2026-12-06');
    expect(week.start).toBe(Date.UTC(2026, 10, 29, 16));
    expect(week.end).toBe(Date.UTC(2026, 11, 6, 16));
    expect(days(dashboardPeriod('lastWeek', today, OFFSET))).toBe('2026-11-23…2026-11-29');
    expect(days(dashboardPeriod('thisMonth', today, OFFSET))).toBe('2026-12-01…2026-12-31');
  });

  it('自定义 takes the days given, in either order, and today when none are', () => {
    expect(days(dashboardPeriod('custom', today, OFFSET, { from: '2026-11-10', to: '2026-11-03' }))).toBe('2026-11-03…2026-11-10');
    expect(days(dashboardPeriod('custom', today, OFFSET, { from: '', to: '' }))).toBe('2026-12-03…2026-12-03');
    expect(periodDays(dashboardPeriod('custom', today, OFFSET, { from: '2026-11-03', to: '2026-11-10' }))).toBe(8);
  });

  it('环比 compares 本月 with the whole previous month and anything else with as many days just before', () => {
    expect(days(previousPeriod(dashboardPeriod('thisMonth', today, OFFSET), OFFSET))).toBe('2026-11-01…2026-11-30');
    expect(days(previousPeriod(dashboardPeriod('thisWeek', today, OFFSET), OFFSET))).toBe('2026-11-23…2026-11-29');
    expect(days(previousPeriod(dashboardPeriod('lastWeek', today, OFFSET), OFFSET))).toBe('2026-11-16…2026-11-22');
    const custom = previousPeriod(dashboardPeriod('custom', today, OFFSET, { from: '2026-12-01', to: '2026-12-03' }), OFFSET);
    expect(days(custom)).toBe('2026-11-28…2026-11-30');
    expect(custom.end).toBe(startOfCalendarDate('2026-12-01', OFFSET));
  });

  it('trend weeks end with the week holding the period’s last day, never past today’s week', () => {
    expect(trendWeeks(dashboardPeriod('thisMonth', today, OFFSET), today, OFFSET, 3).map(days)).toEqual([
      '2026-11-16…2026-11-22', '2026-11-23…2026-11-29', '2026-11-30…2026-12-06',
    ]);
    expect(trendWeeks(dashboardPeriod('custom', today, OFFSET, { from: '2026-10-01', to: '2026-11-10' }), today, OFFSET, 2).map(days)).toEqual([
      '2026-11-02…2026-11-08', '2026-11-09…2026-11-15',
    ]);
  });
});
