/** What a person can mute (团队设置 → 提醒): 跟进到期, 日报截止, 催交, 批注与@提及, and for managers 周报已生成. */
export type ReminderCategory = 'due' | 'deadline' | 'nudge' | 'comment' | 'weeklyReport';

export const reminderCategories: readonly ReminderCategory[] = ['due', 'deadline', 'nudge', 'comment', 'weeklyReport'];

/** Categories that only reach managers and admins (reps never see them in the panel). */
export const managerReminderCategories: readonly ReminderCategory[] = ['weeklyReport'];

/** What a reminder says; the renderer words it (i18n namespace `reminders`). */
export type ReminderMessage =
  | { kind: 'morning'; due: number; overdue: number }
  | { kind: 'planTime'; customer: string; time: string; what: string }
  | { kind: 'deadline'; deadline: string; minutesLeft: number }
  | { kind: 'received'; title: string; body: string }
  | { kind: 'receivedMany'; count: number };

/**
 * One desktop notification to show now. `keys` name what it covers in the shown-log (a grouped one
 * covers several documents), so nothing is shown twice; `notificationIds` are the documents it shows
 * (read when it is clicked); `target` is the appLinkHash a click opens.
 */
export type Reminder = {
  keys: string[];
  category: ReminderCategory;
  message: ReminderMessage;
  target: string;
  notificationIds: string[];
};

/** When each key was shown (epoch ms), per member. */
export type ShownLog = Record<string, number>;
