import type { LineSeriesOption } from 'echarts/charts';
import type { SubmissionWeek } from '../../../../../shared/dashboard/submissionTrend.ts';
import type { SubmissionRate } from '../../../../../shared/reports/submissionRate.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { formatRate } from '../../teamReports/utils/formatRate.ts';
import type { ChartContext } from './chartContext.ts';
import type { ChartModel } from './chartOption.ts';
import { escapeHtml } from './escapeHtml.ts';
import { dayRange, monthDay } from './periodLabel.ts';

const percent = (r: SubmissionRate | null): number | '-' => (r?.rate === null || r === null ? '-' : Math.round(r.rate * 1000) / 10);

export type SubmissionLinks = {
  /** The member shown (null = 全员) and their name. */
  memberId: string | null;
  memberName: string | null;
  /** Managers and admins open the team's reports; a rep their own. */
  teamView: boolean;
};

/**
 * 提交率 week by week: the team's line, and the chosen member's beside it. A point opens that week's last
 * report day: the 团队日报 (managers, admins) or the member's own report.
 */
export const submissionModel = (weeks: readonly SubmissionWeek[], links: SubmissionLinks, { t, colors }: ChartContext): ChartModel => {
  const line = (name: string, pick: (w: SubmissionWeek) => SubmissionRate | null, color: string, dashed: boolean): LineSeriesOption => ({
    type: 'line', name, data: weeks.map((w) => percent(pick(w))), symbolSize: 7, connectNulls: false,
    lineStyle: { color, width: 2, type: dashed ? 'dashed' : 'solid' }, itemStyle: { color },
    areaStyle: dashed ? undefined : { color, opacity: 0.08 },
    tooltip: {
      formatter: (p) => {
        const w = weeks[(p as { dataIndex: number }).dataIndex]!;
        const r = pick(w);
        return `<b>${escapeHtml(name)}</b> · ${dayRange(t, w.week)}<br/>${r && r.rate !== null ? t('dashboard.submission.tip', { rate: formatRate(r.rate), submitted: r.submitted, expected: r.expected }) : t('dashboard.submission.tipNone')}`;
      },
    },
  });
  const series = [line(t('dashboard.conversion.team'), (w) => w.team, links.memberId ? colors.muted : colors.primary, links.memberId !== null)];
  if (links.memberId) series.push(line(links.memberName ?? links.memberId, (w) => w.member, colors.primary, false));
  return {
    empty: weeks.every((w) => w.team.expected === 0 && (w.member?.expected ?? 0) === 0),
    option: {
      tooltip: { trigger: 'item' },
      legend: { top: 0 },
      grid: { left: 44, right: 16, top: 36, bottom: 26 },
      xAxis: { type: 'category', data: weeks.map((w) => monthDay(t, w.week.from)), boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series,
    },
    target: (s, k) => {
      const day = weeks[k]?.days.at(-1);
      if (!day) return null;
      const memberId = s === 1 ? links.memberId : links.teamView ? null : links.memberId;
      return memberId ? appLinkHash({ kind: 'report', memberId, date: day }) : appLinkHash({ kind: 'teamReports', date: day });
    },
  };
};
