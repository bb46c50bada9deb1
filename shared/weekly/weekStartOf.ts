import { addDays, toCalendarDate, weekdayOf, type CalendarDate } from '../domain/calendarDate.ts';

/**
 * The Monday of the week holding `date`. Chinese teams (and ISO 8601) start the week on Monday, as the
 * grid's 本周 / 上周 presets do; a Sunday belongs to the week that began six days before it.
 */
export const weekStartOf = (date: CalendarDate): CalendarDate => addDays(date, -((weekdayOf(date) + 6) % 7));

/** The Monday of the week holding an instant, on the team's calendar (its fixed UTC offset). */
export const weekStartAt = (instant: number, utcOffsetMinutes: number): CalendarDate => weekStartOf(toCalendarDate(instant, utcOffsetMinutes));

/** True for a 'YYYY-MM-DD' that is a real date and a Monday (a 周报 link names its week by it). */
export const isWeekStart = (date: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && toCalendarDate(Date.parse(`${date}T00:00:00Z`), 0) === date && weekdayOf(date) === 1;
