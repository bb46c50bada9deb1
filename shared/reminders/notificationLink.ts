import type { NotificationDoc } from '../db/schemas/notificationSchema.ts';
import { toCalendarDate } from '../domain/calendarDate.ts';
import type { AppLink } from '../links/appLink.ts';
import { isWeekStart } from '../weekly/weekStartOf.ts';

const REPORT_ID = /^(.+)_(\d{4}-\d{2}-\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where a notification document leads. Its target names a record: 'dailyReport' + the report id
 * (`${memberId}_${date}`), 'followUp' + a row id, 'customer' + a customer id, 'teamReports' + a date,
 * 'weeklyReport' + the week's Monday (the 周报).
 * A 催交 without a target is about the recipient's report of the day it was sent; anything else opens 今日.
 */
export const notificationLink = (doc: NotificationDoc, utcOffsetMinutes: number): AppLink => {
  const report = REPORT_ID.exec(doc.targetId);
  if (doc.targetType === 'dailyReport' && report) return { kind: 'report', memberId: report[1] ?? '', date: report[2] ?? '' };
  if (doc.targetType === 'followUp' && doc.targetId) return { kind: 'followUpRow', id: doc.targetId };
  if (doc.targetType === 'customer' && doc.targetId) return { kind: 'customer', id: doc.targetId };
  if (doc.targetType === 'teamReports' && DATE.test(doc.targetId)) return { kind: 'teamReports', date: doc.targetId };
  if (doc.targetType === 'weeklyReport' && isWeekStart(doc.targetId)) return { kind: 'weekly', weekStart: doc.targetId };
  if (doc.kind === 'nudge') return { kind: 'report', memberId: doc.recipientId, date: toCalendarDate(doc.createdAt, utcOffsetMinutes) };
  return { kind: 'page', page: 'today' };
};
