/** What a person can mute (团队设置 → 提醒): 跟进到期, 日报截止, 催交, 批注与@提及. */
export type MutableReminderCategory = 'due' | 'deadline' | 'nudge' | 'comment';
/** A reminder's category: one of those, or 周报已生成 (the managers' Monday summary, which is not muted). */
export type ReminderCategory = MutableReminderCategory | 'weeklyReport';

export const reminderCategories: readonly MutableReminderCategory[] = ['due', 'deadline', 'nudge', 'comment'];

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
