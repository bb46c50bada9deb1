import { addDays, startOfCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';

/** A week on the team's calendar: its Monday, its seven dates, and the instants [start, end) it covers. */
export type WeekWindow = { monday: CalendarDate; sunday: CalendarDate; days: CalendarDate[]; start: number; end: number };

/** Midnight Monday to midnight the next Monday in the team's offset: Sunday 23:59 is still this week. */
export const weekWindow = (monday: CalendarDate, utcOffsetMinutes: number): WeekWindow => {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return {
    monday,
    sunday: days[6] ?? monday,
    days,
    start: startOfCalendarDate(monday, utcOffsetMinutes),
    end: startOfCalendarDate(addDays(monday, 7), utcOffsetMinutes),
  };
};
