import type { DashboardIndex } from './dashboardIndex.ts';
import type { DashboardClock, DashboardFilter } from './dashboardFilter.ts';
import { trendWeeks, type DashboardPeriod } from './dashboardPeriod.ts';
import { periodMeasures, type PeriodMeasures } from './periodMeasures.ts';

export type TrendWeek = { week: DashboardPeriod } & PeriodMeasures;

/** The daily report's numbers week by week (Monday to Sunday), the last week holding the period's end. */
export const weeklyTrends = (index: DashboardIndex, filter: DashboardFilter, clock: DashboardClock, weeks = 8): TrendWeek[] =>
  trendWeeks(filter.period, clock.today, clock.utcOffsetMinutes, weeks).map((week) => ({ week, ...periodMeasures(index, week, filter, clock.utcOffsetMinutes) }));
