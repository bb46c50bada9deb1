import type { TitleComponentOption } from 'echarts/components';
import type { BarSeriesOption } from 'echarts/charts';
import type { TrendWeek } from '../../../../../shared/dashboard/weeklyTrends.ts';
import { changeRatio } from '../../../../../shared/dashboard/changeRatio.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartModel, ChartOption } from './chartOption.ts';
import { drillLink, drillTitle } from './drillScope.ts';
import { formatWan, formatYuan } from './formatAmount.ts';
import { formatChange } from './formatChange.ts';
import { dayRange, monthDay } from './periodLabel.ts';

/** The daily report's five numbers, each its own small chart (their scales differ by a hundred times). */
export const trendMeasures = ['newLeads', 'followUps', 'quotes', 'won', 'amount'] as const;
export type TrendMeasure = (typeof trendMeasures)[number];

const valueOf = (w: TrendWeek, m: TrendMeasure): number => (m === 'amount' ? w.amount : w[m].count);
const idsOf = (w: TrendWeek, m: TrendMeasure): string[] => (m === 'amount' ? w.won.ids : w[m].ids);
const SLOT = 100 / trendMeasures.length;

const tip = (ctx: ChartContext, weeks: readonly TrendWeek[], m: TrendMeasure, k: number): string => {
  const { t } = ctx;
  const w = weeks[k]!;
  const show = (v: number) => (m === 'amount' ? formatYuan(t, v) : String(v));
  const previous = weeks[k - 1];
  const change = previous ? formatChange(t, changeRatio(valueOf(w, m), valueOf(previous, m))) : '';
  return [`<b>${t(`dashboard.kpi.${m}`)}</b> · ${dayRange(t, w.week)}`, show(valueOf(w, m)), change ? t('dashboard.trends.change', { change }) : ''].filter(Boolean).join('<br/>');
};

/** Small multiples: one bar chart per number over the same weeks, the week holding the period's end in full colour. */
export const trendsModel = (weeks: readonly TrendWeek[], ctx: ChartContext): ChartModel => {
  const { t, colors, scope } = ctx;
  const last = weeks.length - 1;
  const titles: TitleComponentOption[] = trendMeasures.map((m, i) => ({ text: t(`dashboard.kpi.${m}`), left: `${i * SLOT + 1}%`, top: 0, textStyle: { fontSize: 12, fontWeight: 500, color: colors.muted } }));
  const series: BarSeriesOption[] = trendMeasures.map((m, i) => ({
    type: 'bar', name: t(`dashboard.kpi.${m}`), xAxisIndex: i, yAxisIndex: i, barMaxWidth: 14,
    data: weeks.map((w, k) => ({ value: valueOf(w, m), itemStyle: { color: colors.palette[i] ?? colors.primary, opacity: k === last ? 1 : 0.4 } })),
    tooltip: { formatter: (p) => tip(ctx, weeks, m, (p as { dataIndex: number }).dataIndex) },
  }));
  const option: ChartOption = {
    title: titles,
    tooltip: { trigger: 'item' },
    grid: trendMeasures.map((_, i) => ({ left: `${i * SLOT + 1}%`, width: `${SLOT - 3}%`, top: 28, bottom: 22, containLabel: true })),
    xAxis: trendMeasures.map((_, i) => ({ type: 'category', gridIndex: i, data: weeks.map((w) => monthDay(t, w.week.from)), axisLabel: { fontSize: 10, interval: 'auto', hideOverlap: true } })),
    yAxis: trendMeasures.map((m, i) => ({ type: 'value', gridIndex: i, splitNumber: 3, minInterval: 1, axisLabel: { fontSize: 10, formatter: (v: number) => (m === 'amount' ? formatWan(t, v) : String(v)) } })),
    series,
  };
  return {
    empty: weeks.every((w) => w.followUps.count === 0 && w.newLeads.count === 0),
    option,
    target: (s, k) => {
      const m = trendMeasures[s];
      const w = weeks[k];
      return m && w ? drillLink(idsOf(w, m), drillTitle({ ...scope, period: dayRange(t, w.week) }, t(`dashboard.kpi.${m}`))) : null;
    },
  };
};
