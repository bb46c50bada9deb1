import type { CalendarDate } from '../domain/calendarDate.ts';

/**
 * The Date exceljs must be given so Excel shows the team's wall-clock time. exceljs turns a Date into a
 * serial day from its UTC fields, and Excel has no time zones, so the UTC fields must hold the team's
 * local time (ARCHITECTURE.md §8: dates are written with Date.UTC).
 */
export const toExcelDate = (value: { t: 'instant'; v: number } | { t: 'date'; v: CalendarDate }, utcOffsetMinutes: number): Date => {
  if (value.t === 'instant') return new Date(value.v + utcOffsetMinutes * 60_000);
  const [y = 1970, m = 1, d = 1] = value.v.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
