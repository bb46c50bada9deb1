import { addDays, type CalendarDate } from '../domain/calendarDate.ts';
import { dayWindow } from './dayWindow.ts';

/** Where one rep-day's report stands at `now` (DOMAIN.md "Submission"). */
export type SubmissionStatus =
  | { kind: 'onTime' }
  | { kind: 'late'; delayMinutes: number }
  | { kind: 'missing' }
  | { kind: 'pending' };

export type SubmissionStatusInput = {
  day: CalendarDate;
  /** The team's deadline on D, local 'HH:MM' (default 20:00). */
  deadline: string;
  utcOffsetMinutes: number;
  submittedAt?: number;
  now: number;
};

/** "The next morning" after which an unsent report is missing: 09:00 local on D+1, the start of a working day. */
const NEXT_MORNING_MINUTES = 9 * 60;
const FALLBACK_DEADLINE_MINUTES = 20 * 60;

/** Minutes after local midnight of 'HH:MM'; a malformed value falls back to DOMAIN.md's 20:00 rather than hiding every report. */
const minutesOfDay = (hhmm: string): number => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : FALLBACK_DEADLINE_MINUTES;
};

export const submissionStatus = (input: SubmissionStatusInput): SubmissionStatus => {
  const deadlineAt = dayWindow(input.day, input.utcOffsetMinutes).start + minutesOfDay(input.deadline) * 60_000;
  if (input.submittedAt !== undefined) {
    // Submitted even after the next morning is still a submission: late, with its delay recorded.
    if (input.submittedAt <= deadlineAt) return { kind: 'onTime' };
    return { kind: 'late', delayMinutes: Math.ceil((input.submittedAt - deadlineAt) / 60_000) };
  }
  const nextMorningAt = dayWindow(addDays(input.day, 1), input.utcOffsetMinutes).start + NEXT_MORNING_MINUTES * 60_000;
  return input.now >= nextMorningAt ? { kind: 'missing' } : { kind: 'pending' };
};
