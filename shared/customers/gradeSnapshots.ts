import type { Grade, GradeSnapshot } from '../db/schemas/customerSchema.ts';
import { addDays, type CalendarDate } from '../domain/calendarDate.ts';

/** Snapshots older than this many days are dropped: five quarters is enough to measure grading accuracy. */
const KEEP_DAYS = 460;

/**
 * A customer's grade history with this recompute recorded: at most one snapshot per ISO week (a later
 * recompute in the same week replaces it), oldest first, trimmed to the last five quarters — keeping
 * the newest one from before them, which still says what the grade was when the window opened.
 * `weekStart` is the Monday of the week the recompute ran in.
 */
export const withGradeSnapshot = (history: readonly GradeSnapshot[] | undefined, weekStart: CalendarDate, score: number, grade: Grade): GradeSnapshot[] => {
  const since = addDays(weekStart, -KEEP_DAYS);
  const others = [...(history ?? [])].filter((s) => s.date !== weekStart).sort((a, b) => a.date.localeCompare(b.date));
  const before = others.filter((s) => s.date < since).pop();
  const kept = others.filter((s) => s.date >= since);
  return [...(before ? [before] : []), ...kept, { date: weekStart, score, grade }].sort((a, b) => a.date.localeCompare(b.date));
};

/** The grade a customer had on a day: its last snapshot on or before that day (undefined before the first). */
export const gradeOn = (history: readonly GradeSnapshot[] | undefined, day: CalendarDate): GradeSnapshot | undefined => {
  let found: GradeSnapshot | undefined;
  for (const s of history ?? []) if (s.date <= day) found = s;
  return found;
};
