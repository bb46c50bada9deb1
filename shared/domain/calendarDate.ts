/** A calendar date in the team's time zone, 'YYYY-MM-DD' ('' when absent). Sorts as text. */
export type CalendarDate = string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The calendar date of an instant, for a fixed UTC offset in minutes (China: +480, no DST). */
export const toCalendarDate = (epochMs: number, utcOffsetMinutes: number): CalendarDate => {
  const d = new Date(epochMs + utcOffsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The instant at local midnight of a calendar date, for a fixed UTC offset in minutes. */
export const startOfCalendarDate = (date: CalendarDate, utcOffsetMinutes: number): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) - utcOffsetMinutes * 60_000;
};

export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  toCalendarDate(startOfCalendarDate(date, 0) + days * 86_400_000, 0);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: CalendarDate): number => new Date(startOfCalendarDate(date, 0)).getUTCDay();
