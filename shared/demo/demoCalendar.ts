import { addDays, startOfCalendarDate, toCalendarDate, weekdayOf, type CalendarDate } from '../domain/calendarDate.ts';

/** One calendar day of the demo period; seconds are counted from local midnight. */
export type DemoDay = { date: CalendarDate; weekday: number; start: number; lastFollowUpSecond: number };

export type DemoCalendar = {
  utcOffsetMinutes: number;
  /** Local midnight of the first day: the period is [start, now]. */
  start: number;
  now: number;
  today: CalendarDate;
  /** Mon–Sat days with a follow-up window (09:00–18:30, cut at `now` on the last day, which needs ≥ 30 minutes). */
  workDays: DemoDay[];
  /** Mon–Fri days whose 20:00 report deadline has passed. */
  reportDays: DemoDay[];
};

const FIRST_FOLLOW_UP_SECOND = 9 * 3600;
/** Today counts as a follow-up day only once half an hour of it has passed, so there is room for several. */
const MIN_WINDOW_SECONDS = 30 * 60;
const LAST_FOLLOW_UP_SECOND = 18.5 * 3600;
const REPORT_DEADLINE_SECOND = 20 * 3600;

/** The same day `months` calendar months earlier, clamped to the month's length (31 Aug − 6 → 28/29 Feb). */
const monthsBefore = (date: CalendarDate, months: number): CalendarDate => {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const day = Math.min(d, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The demo period: `months` calendar months ending at `now`, in the team's local time. */
export const demoCalendar = (now: number, months: number, utcOffsetMinutes: number): DemoCalendar => {
  const today = toCalendarDate(now, utcOffsetMinutes);
  const firstDate = monthsBefore(today, months);
  const workDays: DemoDay[] = [];
  const reportDays: DemoDay[] = [];
  for (let date = firstDate; date <= today; date = addDays(date, 1)) {
    const start = startOfCalendarDate(date, utcOffsetMinutes);
    const weekday = weekdayOf(date);
    const lastFollowUpSecond = Math.min(LAST_FOLLOW_UP_SECOND, Math.floor((now - start) / 1000));
    const day = { date, weekday, start, lastFollowUpSecond };
    if (weekday !== 0 && lastFollowUpSecond >= FIRST_FOLLOW_UP_SECOND + MIN_WINDOW_SECONDS) workDays.push(day);
    if (weekday >= 1 && weekday <= 5 && now >= start + REPORT_DEADLINE_SECOND * 1000) reportDays.push(day);
  }
  return { utcOffsetMinutes, start: startOfCalendarDate(firstDate, utcOffsetMinutes), now, today, workDays, reportDays };
};
