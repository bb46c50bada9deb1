import type { TFunction } from 'i18next';
import type { OptionItem } from '../../../../../shared/domain/options.ts';
import type { WeeklyReport } from '../../../../../shared/weekly/weeklyReportTypes.ts';
import { actualChartOption, methodChartOption } from './weeklyChartOptions.ts';
import type { WeeklyChartOption } from './weeklyEcharts.ts';

export type WeeklyChartSpec = { id: 'actual' | 'methods'; title: string; option: WeeklyChartOption };

/**
 * The 周报's two charts, for the page and for the export alike: 实际 against 目标 per rep, and the week's
 * follow-ups by 跟进方式. `t` decides the language (the export draws them in Chinese, as the workbook is).
 */
export const weeklyCharts = (report: WeeklyReport, methods: readonly OptionItem[], t: TFunction): WeeklyChartSpec[] => {
  const kpi = t(`weekly.targetKpis.${report.targetKpi}`);
  return [
    { id: 'actual', title: t('weekly.charts.actual', { kpi }), option: actualChartOption(report, t, kpi) },
    { id: 'methods', title: t('weekly.charts.methods'), option: methodChartOption(report, methods, t) },
  ];
};
