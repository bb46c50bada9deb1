import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';

/** 'HH:mm' for a time on the report's own day, 'MM-DD HH:mm' otherwise (a report filed the next morning). */
export const formatReportTime = (at: number, reportDate: string, utcOffsetMinutes: number): string => {
  const full = formatInstant(at, utcOffsetMinutes);
  return toCalendarDate(at, utcOffsetMinutes) === reportDate ? full.slice(11) : full.slice(5);
};
