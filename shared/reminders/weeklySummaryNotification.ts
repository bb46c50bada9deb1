import type { NotificationDoc } from '../db/schemas/notificationSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';
import { weeklySummaryId } from '../weekly/weeklySummarySchedule.ts';

export type WeeklySummaryNotificationInput = { memberId: string; weekStart: CalendarDate; title: string; body: string };

/**
 * The Monday summary a manager's desktop writes for the manager (#7 part 4): a 'weeklyReport' document
 * pointing at the week's 周报, so the reminders show it once as a desktop notification, the bell lists it
 * and a click opens #/dashboard/weekly/<monday>. Its id is per member and week, as a 催交's is per rep and day.
 */
export const weeklySummaryNotification = ({ memberId, weekStart, title, body }: WeeklySummaryNotificationInput): Omit<NotificationDoc, keyof SyncMeta> => ({
  id: weeklySummaryId(memberId, weekStart),
  recipientId: memberId,
  senderId: memberId,
  kind: 'weeklyReport',
  title,
  body,
  targetType: 'weeklyReport',
  targetId: weekStart,
  readAt: 0,
});
