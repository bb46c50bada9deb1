import { addDays, startOfCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import { datePresetRange } from '../grid/filterRows.ts';

/** The 看板's period choices: 本周 / 上周 / 本月 / 自定义 (weeks start on Monday, as the grid's presets). */
export type PeriodPreset = 'thisWeek' | 'lastWeek' | 'thisMonth' | 'custom';

/** Inclusive team-calendar days and the instants [start, end) they span. */
export type DashboardPeriod = { preset: PeriodPreset; from: CalendarDate; to: CalendarDate; start: number; end: number };

const DAY_MS = 86_400_000;

/** The period of days `from`…`to` (inclusive; swapped when given backwards). */
export const periodOfDays = (preset: PeriodPreset, from: CalendarDate, to: CalendarDate, utcOffsetMinutes: number): DashboardPeriod => {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return { preset, from: lo, to: hi, start: startOfCalendarDate(lo, utcOffsetMinutes), end: startOfCalendarDate(addDays(hi, 1), utcOffsetMinutes) };
};

/** A preset's days around `today`; 自定义 takes the days given (today alone when none are). */
export const dashboardPeriod = (preset: PeriodPreset, today: CalendarDate, utcOffsetMinutes: number, custom?: { from: CalendarDate; to: CalendarDate }): DashboardPeriod => {
  if (preset === 'custom') return periodOfDays(preset, custom?.from || today, custom?.to || custom?.from || today, utcOffsetMinutes);
  const range = datePresetRange(preset, today);
  return periodOfDays(preset, range?.from ?? today, range?.to ?? today, utcOffsetMinutes);
};

/** Number of calendar days in a period. */
export const periodDays = (p: Pick<DashboardPeriod, 'from' | 'to'>): number => Math.round((startOfCalendarDate(p.to, 0) - startOfCalendarDate(p.from, 0)) / DAY_MS) + 1;

/**
 * What 环比 compares with: 本月 → the whole previous calendar month; any other period → the same number
 * of days just before it (本周 → 上周, 上周 → the week before).
 */
export const previousPeriod = (p: DashboardPeriod, utcOffsetMinutes: number): DashboardPeriod => {
  if (p.preset === 'thisMonth') {
    const range = datePresetRange('lastMonth', p.from);
    return periodOfDays('custom', range?.from ?? p.from, range?.to ?? p.to, utcOffsetMinutes);
  }
  const days = periodDays(p);
  return periodOfDays('custom', addDays(p.from, -days), addDays(p.from, -1), utcOffsetMinutes);
};

/** The Monday-to-Sunday weeks of a trend: `count` of them, the last one holding the period's last day (never a week after today's). */
export const trendWeeks = (p: DashboardPeriod, today: CalendarDate, utcOffsetMinutes: number, count = 8): DashboardPeriod[] => {
  const lastDay = p.to < today ? p.to : today;
  const lastMonday = datePresetRange('thisWeek', lastDay)?.from ?? lastDay;
  return Array.from({ length: count }, (_, i) => {
    const monday = addDays(lastMonday, 7 * (i - count + 1));
    return periodOfDays('custom', monday, addDays(monday, 6), utcOffsetMinutes);
  });
};
