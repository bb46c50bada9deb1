import { toCalendarDate, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in the team's time zone, in pieces for the i18n time strings (「12月3日 20:41」). */
export type LocalTimeParts = { date: CalendarDate; month: number; day: number; time: string };

export const localTimeParts = (ms: number, utcOffsetMinutes: number): LocalTimeParts => {
  const d = new Date(ms + utcOffsetMinutes * 60_000);
  return { date: toCalendarDate(ms, utcOffsetMinutes), month: d.getUTCMonth() + 1, day: d.getUTCDate(), time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
};
