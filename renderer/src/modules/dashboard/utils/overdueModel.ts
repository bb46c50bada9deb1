import type { OverdueCustomers } from '../../../../../shared/dashboard/overdueCustomers.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartModel } from './chartOption.ts';
import { drillLink } from './drillScope.ts';
import { escapeHtml } from './escapeHtml.ts';
import { monthDay } from './periodLabel.ts';

/** A month late is red, a week orange, less amber. */
const toneOf = (days: number, danger: string): string => (days >= 30 ? danger : days >= 7 ? '#f97316' : '#f59e0b');

/** The most overdue customers as bars of days late, the longest on top; a bar opens that follow-up. */
export const overdueModel = (list: OverdueCustomers, { t, look, colors }: ChartContext): ChartModel => {
  const top = list.top;
  return {
    empty: top.length === 0,
    option: {
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const o = top[(p as { dataIndex: number }).dataIndex]!;
          return [
            `<b>${escapeHtml(look.customerName(o.customerId))}</b>`,
            t('dashboard.overdue.tipPlan', { date: monthDay(t, o.nextDate), days: o.daysOverdue }),
            o.nextAction ? escapeHtml(t('dashboard.overdue.tipAction', { action: o.nextAction })) : '',
            escapeHtml(t('dashboard.overdue.tipOwner', { name: look.memberName(o.ownerId) })),
          ].filter(Boolean).join('<br/>');
        },
      },
      grid: { left: 8, right: 48, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: {
        type: 'category', inverse: true, data: top.map((o) => look.customerName(o.customerId)),
        axisLabel: { width: 120, overflow: 'truncate', fontSize: 12 }, axisLine: { show: false },
      },
      series: [{
        type: 'bar', barMaxWidth: 14, itemStyle: { borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', fontSize: 11, color: colors.muted, formatter: (p) => t('dashboard.overdue.days', { count: Number(p.value) }) },
        data: top.map((o) => ({ value: o.daysOverdue, itemStyle: { color: toneOf(o.daysOverdue, colors.danger) } })),
      }],
    },
    target: (_s, k) => {
      const o = top[k];
      return o ? drillLink([o.followUpId], t('dashboard.overdue.drill', { customer: look.customerName(o.customerId), days: o.daysOverdue })) : null;
    },
  };
};
