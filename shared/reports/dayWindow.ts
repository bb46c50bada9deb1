import { addDays, startOfCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';

/** The instants [start, end) of a calendar day in the team's offset: "on D" everywhere in the reports. */
export type DayWindow = { start: number; end: number };

export const dayWindow = (day: CalendarDate, utcOffsetMinutes: number): DayWindow => ({
  start: startOfCalendarDate(day, utcOffsetMinutes),
  end: startOfCalendarDate(addDays(day, 1), utcOffsetMinutes),
});
