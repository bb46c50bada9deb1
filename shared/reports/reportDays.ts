import { addDays, weekdayOf, type CalendarDate } from '../domain/calendarDate.ts';
import { datePresetRange } from '../grid/filterRows.ts';

/**
 * Which days a rep owes a 日报: Monday to Friday. A small Chinese team often works Saturdays too, but
 * most ask for reports on weekdays only, and the demo team does the same; a weekend report is welcome
 * and counted as submitted, a missing one is never held against the rep. The team view says so.
 */
export const isReportDay = (date: CalendarDate): boolean => {
  const weekday = weekdayOf(date);
  return weekday >= 1 && weekday <= 5;
};

/** 本周 / 本月 around a day, as the grid's date presets define them (weeks start on Monday). */
export type RatePeriod = 'week' | 'month';

/** The report days of the week or month holding `date`, never later than `today`. */
export const reportDaysOf = (period: RatePeriod, date: CalendarDate, today: CalendarDate): CalendarDate[] => {
  const range = datePresetRange(period === 'week' ? 'thisWeek' : 'thisMonth', date);
  const days: CalendarDate[] = [];
  if (!range?.from || !range.to) return days;
  for (let d = range.from; d <= range.to && d <= today; d = addDays(d, 1)) if (isReportDay(d)) days.push(d);
  return days;
};
