import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import { submissionStatus, type SubmissionStatus } from './submissionStatus.ts';

export type RepDayReport = Pick<DailyReportDoc, 'status' | 'submittedAt' | 'lateMinutes'>;

export type RepDayStatusInput = {
  date: CalendarDate;
  /** The rep's report for the day, if one exists (a draft is not a submission). */
  report: RepDayReport | undefined;
  deadline: string;
  utcOffsetMinutes: number;
  now: number;
};

/**
 * Where one rep's report for one day stands. A submitted report reads as recorded when it was submitted
 * (its lateMinutes), so moving the deadline later never rewrites who was late; a draft or no document
 * at all is not submitted: pending until the next morning, then missing.
 */
export const repDayStatus = ({ date, report, deadline, utcOffsetMinutes, now }: RepDayStatusInput): SubmissionStatus => {
  if (report?.status === 'submitted') return report.lateMinutes > 0 ? { kind: 'late', delayMinutes: report.lateMinutes } : { kind: 'onTime' };
  return submissionStatus({ day: date, deadline, utcOffsetMinutes, now });
};
