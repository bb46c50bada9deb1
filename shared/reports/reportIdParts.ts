import type { CalendarDate } from '../domain/calendarDate.ts';

const REPORT_ID = /^(.+)_(\d{4}-\d{2}-\d{2})$/;

/** The rep and day a report id (dailyReportId: `${memberId}_${date}`) names, or null for any other id. */
export const reportIdParts = (id: string): { memberId: string; date: CalendarDate } | null => {
  const match = REPORT_ID.exec(id);
  return match?.[1] && match[2] ? { memberId: match[1], date: match[2] } : null;
};
