import type { PipelineFunnel } from '../../../../../shared/dashboard/pipelineFunnel.ts';
import { formatRate } from '../../teamReports/utils/formatRate.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartModel } from './chartOption.ts';
import { drillLink, drillTitle } from './drillScope.ts';
import { escapeHtml } from './escapeHtml.ts';

/**
 * The funnel's box inside its chart (labels on its right), fixed so a test can find a layer: its middle
 * is at x = left + width / 2, y = top + (k + ½) × layer height + k × gap.
 */
export const FUNNEL_BOX = { left: '4%', width: '62%', top: 8, bottom: 8, gap: 3 } as const;

export const funnelModel = (funnel: PipelineFunnel, { t, look, colors, scope }: ChartContext): ChartModel => {
  const { layers, total } = funnel;
  const tip = (k: number): string => {
    const layer = layers[k]!;
    const lines = [
      `<b>${escapeHtml(t('dashboard.funnel.layer', { stage: look.stageLabel(layer.stage) }))}</b>`,
      t('dashboard.funnel.tipCount', { count: layer.count, share: formatRate(total === 0 ? null : layer.count / total) }),
    ];
    if (k > 0) lines.push(t('dashboard.funnel.tipStep', { rate: formatRate(layers[k - 1]!.count === 0 ? null : layer.count / layers[k - 1]!.count) }));
    return lines.join('<br/>');
  };
  return {
    empty: total === 0,
    option: {
      tooltip: { trigger: 'item', formatter: (p) => tip((p as { dataIndex: number }).dataIndex) },
      series: [{
        type: 'funnel', sort: 'none', ...FUNNEL_BOX, minSize: '10%', maxSize: '100%',
        label: { position: 'right', color: colors.text, fontSize: 12, formatter: (p) => `${p.name}  {count|${String(p.value)}}`, rich: { count: { fontWeight: 'bold', color: colors.text } } },
        labelLine: { length: 14, lineStyle: { color: colors.border } },
        itemStyle: { borderColor: colors.panel, borderWidth: 1 },
        emphasis: { label: { fontWeight: 'bold' } },
        data: layers.map((l) => ({ name: look.stageLabel(l.stage), value: l.count, itemStyle: { color: look.stageColor(l.stage) ?? colors.primary } })),
      }],
    },
    target: (_series, k) => {
      const layer = layers[k];
      if (!layer) return null;
      const what = k === layers.length - 1 ? look.stageLabel(layer.stage) : t('dashboard.funnel.drill', { stage: look.stageLabel(layer.stage) });
      return drillLink(layer.ids, drillTitle(scope, what));
    },
  };
};
