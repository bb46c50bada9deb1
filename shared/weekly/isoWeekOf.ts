import { addDays, startOfCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import { weekStartOf } from './weekStartOf.ts';

/** An ISO 8601 week: the week-numbering year and the week in it (1–53). */
export type IsoWeek = { year: number; week: number };

/**
 * 第N周 is the ISO 8601 week number, which Chinese offices and Excel's ISOWEEKNUM use: weeks start on
 * Monday and week 1 is the one holding the year's first Thursday. So the week of Monday 2025-12-29 is
 * week 1 of 2026, and the week of Monday 2026-12-28 is week 53 of 2026. The week's Thursday decides both.
 */
export const isoWeekOf = (date: CalendarDate): IsoWeek => {
  const thursday = addDays(weekStartOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (startOfCalendarDate(thursday, 0) - startOfCalendarDate(`${year}-01-01`, 0)) / 86_400_000;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
};
