import { dailyReportId } from '../db/schemas/dailyReportSchema.ts';
import type { NotificationDoc } from '../db/schemas/notificationSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';

/**
 * One 催交 per rep per day, whoever sends it: the id is derived from the report's, so two managers
 * nudging the same rep (even offline) write one document, not two reminders.
 */
export const nudgeId = (memberId: string, date: CalendarDate): string => `nudge_${dailyReportId(memberId, date)}`;

export type NudgeInput = { memberId: string; date: CalendarDate; senderId: string; title: string; body: string };

/** The notification a 催交 writes: for the rep, pointing at that day's report. */
export const nudgeNotification = ({ memberId, date, senderId, title, body }: NudgeInput): Omit<NotificationDoc, keyof SyncMeta> => ({
  id: nudgeId(memberId, date),
  recipientId: memberId,
  senderId,
  kind: 'nudge',
  title,
  body,
  targetType: 'dailyReport',
  targetId: dailyReportId(memberId, date),
  readAt: 0,
});
