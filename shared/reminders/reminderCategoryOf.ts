import type { NotificationKind } from '../db/schemas/notificationSchema.ts';
import type { ReminderCategory } from './reminderTypes.ts';

const categories: Record<NotificationKind, ReminderCategory | null> = {
  nudge: 'nudge',
  comment: 'comment',
  mention: 'comment',
  due: 'due',
  deadline: 'deadline',
  weeklyReport: 'weeklyReport',
  // Shown in the bell only: no desktop notification.
  gradeA: null,
};

/** The mutable category a received document's desktop notification falls under, or null for bell-only kinds. */
export const reminderCategoryOf = (kind: NotificationKind): ReminderCategory | null => categories[kind];
