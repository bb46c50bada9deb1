import type { TFunction } from 'i18next';
import type { OptionItem } from '../../../../../shared/domain/options.ts';
import type { WeeklyReport } from '../../../../../shared/weekly/weeklyReportTypes.ts';
import { weeklyChartColors, weeklyChartFont, type WeeklyChartOption } from './weeklyEcharts.ts';

const base = (title: string, subtext = ''): WeeklyChartOption => ({
  animation: false,
  color: weeklyChartColors,
  textStyle: { fontFamily: weeklyChartFont },
  title: { text: title, subtext, left: 'center', top: 6, textStyle: { fontSize: 14, fontWeight: 600, color: '#1f2933' } },
  tooltip: { trigger: 'item' },
});

/**
 * 实际 against 目标 per rep (the template's target KPI, 签约金额 by default): a bar each, the target as a
 * lighter bar beside it where one is set.
 */
export const actualChartOption = (report: WeeklyReport, t: TFunction, kpiName: string): WeeklyChartOption => {
  const reps = report.reps;
  const hasTargets = reps.some((r) => r.target !== null);
  return {
    ...base(t('weekly.charts.actual', { kpi: kpiName })),
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [t('weekly.charts.actualSeries'), ...(hasTargets ? [t('weekly.charts.targetSeries')] : [])] },
    grid: { left: 12, right: 16, top: 44, bottom: 34, containLabel: true },
    xAxis: { type: 'category', data: reps.map((r) => r.name), axisLabel: { interval: 0, rotate: reps.length > 8 ? 35 : 0 } },
    yAxis: { type: 'value' },
    series: [
      { name: t('weekly.charts.actualSeries'), type: 'bar', data: reps.map((r) => r.actual.value), barMaxWidth: 28 },
      ...(hasTargets ? [{ name: t('weekly.charts.targetSeries'), type: 'bar', data: reps.map((r) => r.target ?? 0), barMaxWidth: 28, itemStyle: { color: '#c7d6f7' } }] : []),
    ],
  };
};

/** The team's follow-ups of the week per 跟进方式 (the team's own labels, as the grid shows them), as a ring with counts. */
export const methodChartOption = (report: WeeklyReport, methods: readonly OptionItem[], t: TFunction): WeeklyChartOption => {
  const counts = report.totals.byMethod;
  const known = methods.filter((m) => (counts[m.id] ?? 0) > 0).map((m) => ({ name: m.label, value: counts[m.id] ?? 0 }));
  const unknown = Object.entries(counts).filter(([id]) => !methods.some((m) => m.id === id)).map(([id, value]) => ({ name: id, value }));
  const data = [...known, ...unknown];
  return {
    ...base(t('weekly.charts.methods'), data.length === 0 ? t('weekly.charts.methodsEmpty') : ''),
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['38%', '64%'], center: ['50%', '52%'], data, label: { formatter: '{b} {c}' } }],
  };
};
