import type { CalendarDate } from '../domain/calendarDate.ts';
import type { SubmissionStatus } from './submissionStatus.ts';

/** What the 催交 button of one rep-day shows: nothing, the button, or 已催交 HH:MM. */
export type NudgeState = { kind: 'none' } | { kind: 'available' } | { kind: 'sent'; at: number };

export type NudgeStateInput = {
  status: SubmissionStatus;
  date: CalendarDate;
  today: CalendarDate;
  /** When this rep-day's nudge was sent, if it was. */
  sentAt?: number;
};

/**
 * A rep can be nudged for a day that has come (today or earlier) while the report is not submitted,
 * at most once (the id is per rep-day). A submitted report needs no reminder, so the button goes
 * even if one was sent before.
 */
export const nudgeState = ({ status, date, today, sentAt }: NudgeStateInput): NudgeState => {
  if (status.kind === 'onTime' || status.kind === 'late') return { kind: 'none' };
  if (sentAt !== undefined) return { kind: 'sent', at: sentAt };
  return date <= today ? { kind: 'available' } : { kind: 'none' };
};
