import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import { dailyReportId } from '../db/schemas/dailyReportSchema.ts';
import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import { dayWindow } from './dayWindow.ts';
import { repDayStatus } from './repDayStatus.ts';
import { submissionRate, type SubmissionRate } from './submissionRate.ts';
import type { SubmissionStatus } from './submissionStatus.ts';

export type TeamSubmissionInput = {
  /** The reps who owe reports (the caller picks them: active members with the 销售 role). */
  reps: readonly Pick<MemberDoc, 'id' | 'joinedAt'>[];
  reports: readonly Pick<DailyReportDoc, 'memberId' | 'date' | 'status' | 'submittedAt' | 'lateMinutes'>[];
  /** The expected days (see reportDaysOf). */
  days: readonly CalendarDate[];
  deadline: string;
  utcOffsetMinutes: number;
  now: number;
};

export type TeamSubmissionRates = { byRep: Map<string, SubmissionRate>; team: SubmissionRate };

/**
 * 提交率 per rep and for the team over the given days (DOMAIN.md: submitted ÷ expected rep-days).
 * A rep owes nothing for days before joining; the team's rate pools every rep-day, so a rep with few
 * days weighs less than one with many.
 */
export const teamSubmissionRates = (input: TeamSubmissionInput): TeamSubmissionRates => {
  const byId = new Map(input.reports.map((r) => [dailyReportId(r.memberId, r.date), r]));
  const all: SubmissionStatus[] = [];
  const byRep = new Map<string, SubmissionRate>();
  for (const rep of input.reps) {
    const cells = input.days
      .filter((date) => rep.joinedAt < dayWindow(date, input.utcOffsetMinutes).end)
      .map((date) => repDayStatus({ date, report: byId.get(dailyReportId(rep.id, date)), deadline: input.deadline, utcOffsetMinutes: input.utcOffsetMinutes, now: input.now }));
    all.push(...cells);
    byRep.set(rep.id, submissionRate(cells));
  }
  return { byRep, team: submissionRate(all) };
};
