import { toCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import { parseDateTimeText } from './parseDateTimeText.ts';

/**
 * A date typed or pasted into a date column (下一步日期, custom dates) as 'YYYY-MM-DD', or null when
 * it is not one (impossible dates like 2024/2/30, two-digit years). Same forms as 跟进时间; a time
 * after the date ("2024/6/10 14:30") or an Excel serial's fraction is dropped. Reading it at UTC+0
 * makes the instant's UTC date the wall-clock date that was written.
 */
export const parseDateText = (text: string, today: CalendarDate): CalendarDate | null => {
  const ms = parseDateTimeText(text, today, 0);
  return ms === null ? null : toCalendarDate(ms, 0);
};
