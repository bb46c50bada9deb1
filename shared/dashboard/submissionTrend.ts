import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import { reportDaysOf } from '../reports/reportDays.ts';
import type { SubmissionRate } from '../reports/submissionRate.ts';
import { teamSubmissionRates } from '../reports/teamSubmissionRates.ts';
import type { DashboardClock, DashboardFilter } from './dashboardFilter.ts';
import { trendWeeks, type DashboardPeriod } from './dashboardPeriod.ts';

/** 提交率 of one week: the team's, the chosen member's (null when everyone is shown or they owe none), and its report days. */
export type SubmissionWeek = { week: DashboardPeriod; days: CalendarDate[]; team: SubmissionRate; member: SubmissionRate | null };

export type SubmissionTrendInput = {
  /** The reps who owe reports (active 销售, as the team view picks them). */
  reps: readonly Pick<MemberDoc, 'id' | 'joinedAt'>[];
  reports: readonly Pick<DailyReportDoc, 'memberId' | 'date' | 'status' | 'submittedAt' | 'lateMinutes'>[];
  deadline: string;
  filter: DashboardFilter;
  clock: DashboardClock;
  weeks?: number;
};

/**
 * 提交率 week by week with the team view's own function (submitted ÷ expected Monday–Friday rep-days,
 * today's report not yet held against anyone), over the trend's weeks. 来源渠道 does not apply here.
 */
export const submissionTrend = ({ reps, reports, deadline, filter, clock, weeks = 8 }: SubmissionTrendInput): SubmissionWeek[] =>
  trendWeeks(filter.period, clock.today, clock.utcOffsetMinutes, weeks).map((week) => {
    const days = reportDaysOf('week', week.from, clock.today);
    const rates = teamSubmissionRates({ reps, reports, days, deadline, utcOffsetMinutes: clock.utcOffsetMinutes, now: clock.now });
    return { week, days, team: rates.team, member: filter.memberId === null ? null : (rates.byRep.get(filter.memberId) ?? null) };
  });
