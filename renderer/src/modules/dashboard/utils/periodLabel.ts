import type { TFunction } from 'i18next';
import type { DashboardPeriod } from '../../../../../shared/dashboard/dashboardPeriod.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';

/** 「12月3日」. */
export const monthDay = (t: TFunction, date: CalendarDate): string => t('dashboard.monthDay', { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });

/** 「11月30日–12月6日」. */
export const dayRange = (t: TFunction, p: Pick<DashboardPeriod, 'from' | 'to'>): string =>
  p.from === p.to ? monthDay(t, p.from) : t('dashboard.dayRange', { from: monthDay(t, p.from), to: monthDay(t, p.to) });

/** What a drill-down title calls the period: 本周 / 上周 / 本月, or its days. */
export const periodLabel = (t: TFunction, p: DashboardPeriod): string => (p.preset === 'custom' ? dayRange(t, p) : t(`dashboard.filters.${p.preset}`));
