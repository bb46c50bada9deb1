import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import { dailyReportId, type DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import { unreadComments } from '../comments/unreadComments.ts';
import { nudgeState, type NudgeState } from './nudgeState.ts';
import { repDayStatus } from './repDayStatus.ts';
import type { SubmissionStatus } from './submissionStatus.ts';

/** One rep's line on the team view for a day. */
export type TeamDayRow = {
  member: Pick<MemberDoc, 'id' | 'name'>;
  /** The rep's report document for the day (a draft too), if any. */
  report: DailyReportDoc | undefined;
  status: SubmissionStatus;
  nudge: NudgeState;
  comments: number;
  /** Comments on it that are news to the viewer (replies to them, mentions of them). */
  unread: number;
  /** A submitted report the viewer has not opened yet. */
  unopened: boolean;
  anomalies: number;
};

export type TeamDayRowsInput = {
  reps: readonly Pick<MemberDoc, 'id' | 'name'>[];
  reports: readonly DailyReportDoc[];
  /** When each rep was nudged for the day, by member id. */
  nudgedAt: ReadonlyMap<string, number>;
  comments: readonly CommentDoc[];
  anomalyCounts: ReadonlyMap<string, number>;
  viewerId: string;
  date: CalendarDate;
  today: CalendarDate;
  deadline: string;
  utcOffsetMinutes: number;
  now: number;
};

const ORDER: Record<SubmissionStatus['kind'], number> = { missing: 0, pending: 0, late: 1, onTime: 2 };

/** The day's lines: not submitted first (the ones to chase), then late, then on time; by name within each. */
export const teamDayRows = (input: TeamDayRowsInput): TeamDayRow[] => {
  const reports = new Map(input.reports.filter((r) => r.date === input.date).map((r) => [r.memberId, r]));
  const rows = input.reps.map((member): TeamDayRow => {
    const report = reports.get(member.id);
    const status = repDayStatus({ date: input.date, report, deadline: input.deadline, utcOffsetMinutes: input.utcOffsetMinutes, now: input.now });
    const sentAt = input.nudgedAt.get(member.id);
    const thread = input.comments.filter((c) => c.targetId === dailyReportId(member.id, input.date));
    return {
      member,
      report,
      status,
      nudge: nudgeState({ status, date: input.date, today: input.today, ...(sentAt !== undefined ? { sentAt } : {}) }),
      comments: thread.length,
      unread: unreadComments(thread, input.viewerId).length,
      unopened: report?.status === 'submitted' && !report.readBy.some((r) => r.memberId === input.viewerId),
      anomalies: input.anomalyCounts.get(member.id) ?? 0,
    };
  });
  return rows.sort((a, b) => ORDER[a.status.kind] - ORDER[b.status.kind] || a.member.name.localeCompare(b.member.name, 'zh-CN'));
};
