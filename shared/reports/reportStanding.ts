import type { CalendarDate } from '../domain/calendarDate.ts';
import type { DailyReportFields } from './dailyReportFields.ts';
import { submissionStatus } from './submissionStatus.ts';

/**
 * Where one report stands, for its status line: 未提交 (still due, or missing since the next morning),
 * 已按时提交 at a time, or 迟交 by some minutes; with how many times it was changed after submitting.
 */
export type ReportStanding =
  | { kind: 'notSubmitted'; missing: boolean; hasDraft: boolean }
  | { kind: 'onTime'; submittedAt: number; edits: number }
  | { kind: 'late'; submittedAt: number; lateMinutes: number; edits: number };

export type ReportStandingInput = {
  report: Pick<DailyReportFields, 'status' | 'submittedAt' | 'lateMinutes' | 'edits'> | null;
  date: CalendarDate;
  reportDeadline: string;
  utcOffsetMinutes: number;
  now: number;
};

/** A submitted report reads as recorded at submission (its lateMinutes), whatever the deadline is today. */
export const reportStanding = ({ report, date, reportDeadline, utcOffsetMinutes, now }: ReportStandingInput): ReportStanding => {
  if (report?.status === 'submitted') {
    const edits = report.edits.length;
    return report.lateMinutes > 0
      ? { kind: 'late', submittedAt: report.submittedAt, lateMinutes: report.lateMinutes, edits }
      : { kind: 'onTime', submittedAt: report.submittedAt, edits };
  }
  const status = submissionStatus({ day: date, deadline: reportDeadline, utcOffsetMinutes, now });
  return { kind: 'notSubmitted', missing: status.kind === 'missing', hasDraft: report !== null };
};
