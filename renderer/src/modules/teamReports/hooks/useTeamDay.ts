import { useMemo } from 'react';
import { dailyReportId } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { toCalendarDate, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { nudgeId } from '../../../../../shared/reports/nudgeNotification.ts';
import { reportDaysOf } from '../../../../../shared/reports/reportDays.ts';
import type { TeamAnomaly } from '../../../../../shared/reports/teamAnomalies.ts';
import { teamDayRows, type TeamDayRow } from '../../../../../shared/reports/teamDayRows.ts';
import { teamSubmissionRates, type TeamSubmissionRates } from '../../../../../shared/reports/teamSubmissionRates.ts';
import { useCommentsOn } from './useCommentsOn.ts';
import { useNotificationsById } from './useNotificationsById.ts';
import { useReportsBetween } from './useReportsBetween.ts';
import { useTeamAnomalies } from './useTeamAnomalies.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { useListOf } from '../../../db/useListOf.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';

export type TeamDay = {
  rows: TeamDayRow[];
  rates: { week: TeamSubmissionRates; month: TeamSubmissionRates };
  anomalies: TeamAnomaly[] | undefined;
  followUps: FollowUpDoc[] | undefined;
  customers: CustomerDoc[] | undefined;
  today: CalendarDate;
};

const first = (days: readonly CalendarDate[], fallback: CalendarDate) => days[0] ?? fallback;

/** Everything the team view shows for a day, live: each rep's line, 提交率 for the week and month, and the warnings. */
export const useTeamDay = (date: CalendarDate, reps: readonly MemberDoc[], settings: TeamSettingsDoc, viewerId: string, now: number): TeamDay | undefined => {
  const offset = settings.utcOffsetMinutes;
  const today = toCalendarDate(now, offset);
  const week = reportDaysOf('week', date, today);
  const month = reportDaysOf('month', date, today);
  const from = [first(week, date), first(month, date), date].sort()[0]!;
  const to = [week.at(-1) ?? date, month.at(-1) ?? date, date].sort().at(-1)!;
  const reports = useReportsBetween(from, to);
  const nudges = useNotificationsById(reps.map((r) => nudgeId(r.id, date)));
  const comments = useCommentsOn(reps.map((r) => dailyReportId(r.id, date)));
  const followUps = useListOf(useFollowUpRows());
  const customers = useListOf(useCustomerRows());
  const anomalies = useTeamAnomalies({ followUps, customers, stages: settings.options.stages, day: date, utcOffsetMinutes: offset, repIds: reps.map((r) => r.id) });
  const weekKey = week.join(',');
  const monthKey = month.join(',');
  return useMemo(() => {
    if (!reports || !nudges || !comments) return undefined;
    const counts = new Map<string, number>();
    for (const a of anomalies ?? []) counts.set(a.memberId, (counts.get(a.memberId) ?? 0) + 1);
    const nudgedAt = new Map(reps.flatMap((r) => { const n = nudges.get(nudgeId(r.id, date)); return n ? [[r.id, n.createdAt] as const] : []; }));
    const base = { reps, reports, deadline: settings.reportDeadline, utcOffsetMinutes: offset, now };
    return {
      rows: teamDayRows({ ...base, nudgedAt, comments, anomalyCounts: counts, viewerId, date, today }),
      rates: { week: teamSubmissionRates({ ...base, days: weekKey ? weekKey.split(',') : [] }), month: teamSubmissionRates({ ...base, days: monthKey ? monthKey.split(',') : [] }) },
      anomalies, followUps, customers, today,
    };
  }, [reports, nudges, comments, anomalies, followUps, customers, reps, settings.reportDeadline, offset, now, viewerId, date, today, weekKey, monthKey]);
};
