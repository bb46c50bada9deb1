import { startOfCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((startOfCalendarDate(to, 0) - startOfCalendarDate(from, 0)) / 86_400_000);
