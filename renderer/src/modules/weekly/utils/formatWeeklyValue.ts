import type { TFunction } from 'i18next';
import type { WeeklyKpiFormat } from '../../../../../shared/weekly/weeklyKpis.ts';

/** As the workbook prints it: money ¥120,000.00, rates 120.0%, counts whole; null (no target, last week 0) as "—". */
export const formatWeeklyValue = (t: TFunction, value: number | null, format: WeeklyKpiFormat): string => {
  if (value === null) return t('weekly.noValue');
  if (format === 'money') return t('dailyReport.amount', { value: value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
  if (format === 'rate') return `${(value * 100).toFixed(1)}%`;
  return String(value);
};
