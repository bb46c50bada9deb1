import { toCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import { checkReportValues } from './checkReportValues.ts';
import type { DailyReportFields } from './dailyReportFields.ts';
import { newDraftReport } from './newDraftReport.ts';
import type { ReportTemplateModel } from './normalizeReportTemplate.ts';
import type { ReportIssue } from './reportIssue.ts';
import { resolveReportTemplate } from './resolveReportTemplate.ts';
import { submissionStatus } from './submissionStatus.ts';

export type SubmitReportInput = {
  /** Who presses 提交日报. */
  actorId: string;
  memberId: string;
  date: CalendarDate;
  now: number;
  team: { reportDeadline: string; utcOffsetMinutes: number; template: ReportTemplateModel };
  /** The day's numbers at this moment (freezeReportMetrics). */
  metrics: Record<string, number>;
  /** What the rep typed, section id → text. */
  values: Record<string, string>;
  /** The stored report (a draft), or null when nothing was saved yet. */
  existing: DailyReportFields | null;
};

export type SubmitReportResult = { ok: true; report: DailyReportFields } | { ok: false; issues: ReportIssue[] };

/**
 * Submits a rep's 日报: only their own, never for a day that has not begun, never twice (later changes are
 * edits). A past day may be filed late. The numbers are frozen, the report takes the team's current
 * template version, and lateMinutes is counted from the team's deadline in the team's time zone
 * (exactly at the deadline is on time).
 */
export const submitDailyReport = (input: SubmitReportInput): SubmitReportResult => {
  const { team, existing } = input;
  if (input.actorId !== input.memberId) return { ok: false, issues: [{ code: 'notOwner' }] };
  if (input.date > toCalendarDate(input.now, team.utcOffsetMinutes)) return { ok: false, issues: [{ code: 'futureDay', date: input.date }] };
  if (existing?.status === 'submitted') return { ok: false, issues: [{ code: 'alreadySubmitted' }] };
  const layout = resolveReportTemplate(team.template, team.template.version);
  const checked = checkReportValues(layout.sections, { ...existing?.sections, ...input.values });
  if (checked.issues.length > 0) return { ok: false, issues: checked.issues };
  const status = submissionStatus({
    day: input.date, deadline: team.reportDeadline, utcOffsetMinutes: team.utcOffsetMinutes, submittedAt: input.now, now: input.now,
  });
  const base = existing ?? newDraftReport(input.memberId, input.date, team.template.version, {});
  return {
    ok: true,
    report: {
      ...base,
      status: 'submitted',
      submittedAt: input.now,
      lateMinutes: status.kind === 'late' ? status.delayMinutes : 0,
      metrics: { ...input.metrics },
      sections: checked.values,
      templateVersion: team.template.version,
    },
  };
};
