import type { MethodSlice } from '../../../../../shared/dashboard/methodActivity.ts';
import { formatRate } from '../../teamReports/utils/formatRate.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartModel } from './chartOption.ts';
import { drillLink, drillTitle } from './drillScope.ts';
import { escapeHtml } from './escapeHtml.ts';

/** 跟进方式 as a ring, the total in its middle; a slice opens its follow-ups. */
export const methodsModel = (slices: readonly MethodSlice[], { t, look, colors, scope }: ChartContext): ChartModel => {
  const total = slices.reduce((s, m) => s + m.count, 0);
  return {
    empty: total === 0,
    option: {
      title: {
        text: String(total), subtext: t('dashboard.methods.total'), left: '34%', top: '40%', textAlign: 'center',
        textStyle: { fontSize: 22, fontWeight: 600, color: colors.text }, subtextStyle: { fontSize: 12, color: colors.muted }, itemGap: 4,
      },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const { dataIndex } = p as { dataIndex: number };
          const m = slices[dataIndex]!;
          return `<b>${escapeHtml(look.methodLabel(m.method))}</b><br/>${t('dashboard.methods.tip', { count: m.count, share: formatRate(m.count / total) })}`;
        },
      },
      legend: { orient: 'vertical', right: 4, top: 'middle', formatter: (name: string) => `${name}  ${slices.find((m) => look.methodLabel(m.method) === name)?.count ?? ''}` },
      series: [{
        type: 'pie', radius: ['48%', '74%'], center: ['35%', '52%'], avoidLabelOverlap: true, label: { show: false }, labelLine: { show: false },
        data: slices.map((m) => ({ name: look.methodLabel(m.method), value: m.count })),
      }],
    },
    target: (_s, k) => {
      const m = slices[k];
      return m ? drillLink(m.ids, drillTitle(scope, look.methodLabel(m.method))) : null;
    },
  };
};
