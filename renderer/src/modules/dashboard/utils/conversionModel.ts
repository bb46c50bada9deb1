import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { ConversionStep, RepConversion } from '../../../../../shared/dashboard/repConversion.ts';
import type { ConversionCell } from '../../../../../shared/reports/stageConversion.ts';
import { formatRate } from '../../teamReports/utils/formatRate.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartModel } from './chartOption.ts';
import { drillLink, drillTitle } from './drillScope.ts';
import { escapeHtml } from './escapeHtml.ts';

const percent = (cell: ConversionCell | undefined): number | null => (cell?.rate === null || cell === undefined ? null : Math.round(cell.rate * 1000) / 10);

/** The reps that appear at any step, in the members' order (unknown ids last). */
const repsOf = (steps: readonly ConversionStep[], order: readonly string[]): string[] => {
  const ids = new Set(steps.flatMap((s) => s.reps.map((r) => r.memberId)));
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
};

const cellTip = (ctx: ChartContext, who: string, step: ConversionStep, cell: ConversionCell, rep: RepConversion | null): string => {
  const { t, look } = ctx;
  const words = { from: look.stageLabel(step.stage), to: look.stageLabel(step.next) };
  const lines = [
    `<b>${escapeHtml(who)}</b> · ${escapeHtml(t('dashboard.conversion.step', words))}`,
    t('dashboard.conversion.tipRate', { rate: formatRate(cell.rate), converted: cell.converted, entered: cell.entered }),
  ];
  if (rep) lines.push(t('dashboard.conversion.tipTeam', { rate: formatRate(step.team.rate), converted: step.team.converted, entered: step.team.entered }));
  if (rep?.anomaly) lines.push(`<span style="color:${ctx.colors.danger}">${escapeHtml(t('dashboard.conversion.tipAnomaly', { gap: formatRate(rep.anomaly.gap) }))}</span>`);
  lines.push(`<span style="color:${ctx.colors.muted}">${escapeHtml(t('dashboard.conversion.tipClick', { count: cell.entered }))}</span>`);
  return lines.join('<br/>');
};

/**
 * Stage conversion per rep (bars) against the team (a dashed line), one group per step; a rep far below
 * the team is red, its tooltip says by how much. A click opens the customers that entered the stage.
 */
export const conversionModel = (steps: readonly ConversionStep[], memberOrder: readonly string[], ctx: ChartContext): ChartModel => {
  const { t, look, colors, scope } = ctx;
  const reps = repsOf(steps, memberOrder);
  const repAt = (memberId: string, k: number) => steps[k]?.reps.find((r) => r.memberId === memberId) ?? null;
  const bars: BarSeriesOption[] = reps.map((memberId) => ({
    type: 'bar', name: look.memberName(memberId), barGap: '8%', barCategoryGap: '28%',
    data: steps.map((_, k) => {
      const r = repAt(memberId, k);
      return { value: percent(r?.cell) ?? '-', itemStyle: r?.anomaly ? { color: colors.danger } : {} };
    }),
    tooltip: { formatter: (p) => { const k = (p as { dataIndex: number }).dataIndex; const r = repAt(memberId, k); return r ? cellTip(ctx, look.memberName(memberId), steps[k]!, r.cell, r) : ''; } },
  }));
  const team: LineSeriesOption = {
    type: 'line', name: t('dashboard.conversion.team'), data: steps.map((s) => percent(s.team) ?? '-'), z: 5,
    symbol: 'diamond', symbolSize: 10, lineStyle: { type: 'dashed', width: 2, color: colors.text }, itemStyle: { color: colors.text },
    tooltip: { formatter: (p) => { const k = (p as { dataIndex: number }).dataIndex; return cellTip(ctx, t('dashboard.conversion.team'), steps[k]!, steps[k]!.team, null); } },
  };
  return {
    empty: steps.every((s) => s.team.entered === 0),
    option: {
      tooltip: { trigger: 'item' },
      legend: { top: 0, type: 'plain' },
      grid: { left: 44, right: 12, top: 44, bottom: 28 },
      xAxis: { type: 'category', data: steps.map((s) => t('dashboard.conversion.step', { from: look.stageLabel(s.stage), to: look.stageLabel(s.next) })), axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [...bars, team],
    },
    target: (series, k) => {
      const step = steps[k];
      if (!step) return null;
      const what = t('dashboard.conversion.drill', { from: look.stageLabel(step.stage), to: look.stageLabel(step.next) });
      if (series === reps.length) return drillLink(step.team.enteredIds, drillTitle({ ...scope, member: null }, t('dashboard.conversion.team'), what));
      const memberId = reps[series];
      const r = memberId ? repAt(memberId, k) : null;
      return r ? drillLink(r.cell.enteredIds, drillTitle({ ...scope, member: look.memberName(r.memberId) }, what)) : null;
    },
  };
};
