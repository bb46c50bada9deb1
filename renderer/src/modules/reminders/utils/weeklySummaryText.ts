import type { TFunction } from 'i18next';
import type { WeeklyReport } from '../../../../../shared/weekly/weeklyReportTypes.ts';

const day = (t: TFunction, date: string) => {
  const [, month = '', dayOfMonth = ''] = date.split('-');
  return t('weeklySummary.date', { month: Number(month), day: Number(dayOfMonth) });
};

/**
 * The summary's words in the UI language: 「上周周报已生成：第48周」 and the week's dates with one line of
 * the team's 合计 — 签约 N 单，¥金额；跟进 N 次.
 */
export const weeklySummaryText = (t: TFunction, report: WeeklyReport, thisWeek: boolean): { title: string; body: string } => {
  const { won, amount, followUps } = report.totals;
  return {
    title: t(thisWeek ? 'weeklySummary.titleThisWeek' : 'weeklySummary.titleLastWeek', { week: report.isoWeek.week }),
    body: t('weeklySummary.body', {
      from: day(t, report.week.monday),
      to: day(t, report.week.sunday),
      won: won.value,
      amount: t('weeklySummary.amount', { value: amount.value.toLocaleString('en-US', { maximumFractionDigits: 2 }) }),
      followUps: followUps.value,
    }),
  };
};
