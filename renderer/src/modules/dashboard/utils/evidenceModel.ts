import type { EvidenceHeatmap } from '../../../../../shared/dashboard/evidenceHeatmap.ts';
import { formatRate } from '../../teamReports/utils/formatRate.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartModel } from './chartOption.ts';
import { drillLink, drillTitle } from './drillScope.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatYuan } from './formatAmount.ts';

/** Pixels per rep row; the card asks for rows × this plus room for the stage names and the scale. */
export const EVIDENCE_ROW = 40;
/** Room under the rows for the stage names. */
const AXIS_ROOM = 28;

const tip = (ctx: ChartContext, cell: EvidenceHeatmap['cells'][number]): string => {
  const { t, look } = ctx;
  const lines = [
    `<b>${escapeHtml(look.memberName(cell.memberId))}</b> · ${escapeHtml(look.stageLabel(cell.stage))}`,
    t('dashboard.evidence.tipCustomers', { count: cell.customers }),
    t('dashboard.evidence.tipCompleteness', { rate: formatRate(cell.completeness) }),
    t('dashboard.evidence.tipMaturity', { maturity: cell.maturity.toFixed(2), commit: cell.commit }),
  ];
  if (cell.forecast !== null) lines.push(t('dashboard.evidence.tipForecast', { amount: formatYuan(t, cell.forecast) }));
  return lines.join('<br/>');
};

/**
 * Rep × stage, coloured by how complete the customers' evidence is (0–100%), the share and the number of
 * customers written in each cell; a cell opens those customers' latest follow-ups of the period.
 */
export const evidenceModel = (map: EvidenceHeatmap, memberOrder: readonly string[], ctx: ChartContext): ChartModel => {
  const { t, look, colors, scope } = ctx;
  const rank = (id: string) => (memberOrder.includes(id) ? memberOrder.indexOf(id) : memberOrder.length);
  const members = [...map.memberIds].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const cells = map.cells.filter((c) => members.includes(c.memberId));
  return {
    empty: cells.length === 0,
    option: {
      tooltip: { trigger: 'item', formatter: (p) => tip(ctx, cells[(p as { dataIndex: number }).dataIndex]!) },
      // Rows keep their height however tall the card grows (one rep is one row, not a wall).
      grid: { left: 8, right: 12, top: 8, height: members.length * EVIDENCE_ROW + AXIS_ROOM, containLabel: true },
      xAxis: { type: 'category', data: map.stages.map(look.stageLabel), splitArea: { show: false }, axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: { type: 'category', data: members.map(look.memberName), inverse: true, axisLabel: { fontSize: 12 } },
      visualMap: {
        min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', top: 8 + members.length * EVIDENCE_ROW + AXIS_ROOM + 14, itemHeight: 120, itemWidth: 10,
        text: [t('dashboard.evidence.scaleHigh'), t('dashboard.evidence.scaleLow')], textStyle: { color: colors.muted, fontSize: 11 },
        inRange: { color: ['#f1f5fb', '#bcd0f7', colors.primary] },
      },
      series: [{
        type: 'heatmap',
        data: cells.map((c) => [map.stages.indexOf(c.stage), members.indexOf(c.memberId), Math.round(c.completeness * 100), c.customers]),
        label: { show: true, fontSize: 11, formatter: (p) => { const v = p.value as number[]; return `${v[2] ?? 0}%\n${t('dashboard.evidence.cellCount', { count: v[3] ?? 0 })}`; } },
        itemStyle: { borderColor: colors.panel, borderWidth: 2, borderRadius: 4 },
        emphasis: { itemStyle: { borderColor: colors.text, borderWidth: 1 } },
      }],
    },
    target: (_s, k) => {
      const c = cells[k];
      return c ? drillLink(c.ids, drillTitle({ ...scope, member: look.memberName(c.memberId) }, t('dashboard.evidence.drill', { stage: look.stageLabel(c.stage) }))) : null;
    },
  };
};
