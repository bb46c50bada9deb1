import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDashboardIndex } from '../../../../../shared/dashboard/dashboardIndex.ts';
import { pipelineFunnel } from '../../../../../shared/dashboard/pipelineFunnel.ts';
import { repConversion } from '../../../../../shared/dashboard/repConversion.ts';
import { CLOCK, at, customers, filterOf, index, stages } from '../../../../../shared/dashboard/testDashboard.ts';
import { defaultOptionLists } from '../../../../../shared/domain/options.ts';
import { testRow } from '../../../../../shared/grid/testRows.ts';
import { parseAppLink } from '../../../../../shared/links/appLink.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import type { ChartContext } from './chartContext.ts';
import { conversionModel } from './conversionModel.ts';
import { dashboardLookups } from './dashboardLookups.ts';
import { dashboardColors } from './dashboardTheme.ts';
import { funnelModel } from './funnelModel.ts';
import { formatChange } from './formatChange.ts';
import { formatWan, formatYuan } from './formatAmount.ts';

beforeAll(() => initI18n('zh-CN'));

const members = new Map([['a', { name: '张伟' }], ['b', { name: '李娜' }]]);
const colors = dashboardColors((name) => ({ '--primary': '#1a56db', '--danger': '#c81e1e' })[name] ?? '');
const ctx = (member: string | null = null): ChartContext => ({
  t: i18next.t, colors, look: dashboardLookups(defaultOptionLists(), members, index), scope: { period: '本周', member, source: null },
});
const opened = (href: string | null) => {
  const link = parseAppLink(href ?? '');
  return link.kind === 'followUpIds' ? { ids: link.ids, title: link.title } : null;
};

describe('the 看板 charts’ click targets and words', () => {
  it('a funnel layer opens its customers’ rows under 「本周 张伟 需求确认及以后」', () => {
    const model = funnelModel(pipelineFunnel(index, filterOf('thisWeek', { memberId: 'a' })), ctx('张伟'));
    // a's week: c1 latest at 方案报价 (f03), c3 at 线索 (f07).
    expect(opened(model.target(0, 2))).toEqual({ ids: ['f03'], title: '本周 张伟 需求确认及以后' });
    expect(opened(model.target(0, 0))).toEqual({ ids: ['f03', 'f07'], title: '本周 张伟 线索及以后' });
    // 成交签约 is the last layer: its own name; nobody there, nothing to open.
    expect(model.target(0, 5)).toBeNull();
    expect(model.empty).toBe(false);
  });

  it('conversion: a rep far below the team is red and opens the customers who entered the stage', () => {
    const rows = ['a', 'b'].flatMap((rep) =>
      [1, 2, 3, 4, 5, 6].flatMap((k) => {
        const c = `${rep}${k}`;
        const entry = testRow(`${c}-1`, { customerId: c, followedAt: at('11-30', 9), stage: 'needs', ownerId: rep });
        return rep === 'a' || k === 1 ? [entry, testRow(`${c}-2`, { customerId: c, followedAt: at('12-02', 9), stage: 'quote', ownerId: rep })] : [entry];
      }),
    );
    const steps = repConversion(buildDashboardIndex({ followUps: rows, customers, stages }), filterOf(), CLOCK).steps;
    const model = conversionModel(steps, ['a', 'b'], ctx());
    const series = model.option.series as { name: string; data: { value: unknown; itemStyle: { color?: string } }[] }[];
    const needs = steps.findIndex((s) => s.stage === 'needs');
    expect(series.map((s) => s.name)).toEqual(['张伟', '李娜', '团队']);
    expect(series[0]!.data[needs]).toEqual({ value: 100, itemStyle: {} });
    expect(series[1]!.data[needs]).toEqual({ value: 16.7, itemStyle: { color: '#c81e1e' } });
    expect(opened(model.target(1, needs))).toEqual({ ids: ['b1-1', 'b2-1', 'b3-1', 'b4-1', 'b5-1', 'b6-1'], title: '本周 李娜 进入需求确认的客户' });
    expect(opened(model.target(2, needs))?.title).toBe('本周 团队 进入需求确认的客户');
  });

  it('环比 and amounts read as Chinese reports write them', () => {
    expect(formatChange(i18next.t, 0.123)).toBe('▲ 12%');
    expect(formatChange(i18next.t, -0.5)).toBe('▼ 50%');
    expect(formatChange(i18next.t, 0.001)).toBe('持平');
    expect(formatChange(i18next.t, null)).toBe('—');
    expect(formatYuan(i18next.t, 1_280_000)).toBe('¥1,280,000');
    expect(formatWan(i18next.t, 1_280_000)).toBe('128万');
    expect(formatWan(i18next.t, 9_500)).toBe('9500');
  });

  it('the theme takes the app’s CSS variables, with the stylesheet’s values when one is unset', () => {
    expect(colors.primary).toBe('#1a56db');
    expect(colors.palette[0]).toBe('#1a56db');
    expect(dashboardColors(() => '').text).toBe('#1f2933');
    expect(dashboardColors((n) => (n === '--primary' ? ' #0f766e ' : '')).palette[0]).toBe('#0f766e');
  });
});
