import type { TFunction } from 'i18next';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { dailyReportId } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import type { NotificationDoc } from '../../../../../shared/db/schemas/notificationSchema.ts';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import type { Writer } from '../../../../../shared/db/stampedWrites.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import type { GridLookups, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import type { ReminderCategory } from '../../../../../shared/reminders/reminderTypes.ts';
import { scheduleReminders } from '../../../../../shared/reminders/scheduleReminders.ts';
import { dayContext } from '../../../../../shared/today/dayContext.ts';
import { selectMyDay } from '../../../../../shared/today/selectMyDay.ts';
import { api } from '../../../platform/api.ts';
import { canShowNotifications } from '../../../platform/notificationPermission.ts';
import { claimReminderKeys, readShownLog } from './claimReminderKeys.ts';
import { prepareWeeklySummary } from './prepareWeeklySummary.ts';
import { reminderText } from './reminderText.ts';

/** Everything one pass reads; `rows` is null until the whole working set has loaded. */
export type ReminderSources = {
  db: SalesDeskDatabase;
  t: TFunction;
  memberId: string;
  role: Role;
  settings: TeamSettingsDoc;
  rows: readonly GridRow[] | null;
  lookups: GridLookups | null;
  owners: ReadonlyMap<string, string> | null;
  notifications: readonly NotificationDoc[];
  muted: ReadonlySet<ReminderCategory>;
  now: number;
  /** Stamps the Monday summary a manager's desktop writes. */
  writer: Writer;
};

/**
 * One pass of the reminder loop: work out what is due (scheduleReminders over local data only), claim
 * each reminder in the shown-log, show what this pass claimed. Returns when to look again. While a
 * browser has not allowed notifications nothing is claimed, so reminders still due appear once it does.
 */
export const runReminders = async (s: ReminderSources): Promise<number> => {
  // Managers' 周报 summary first: the document it writes is shown by a later pass, as any message received.
  const weeklyAt = await prepareWeeklySummary(s).catch(() => null);
  const ctx = dayContext(s.memberId, s.now, s.settings.utcOffsetMinutes);
  const report = await s.db.dailyreports.findOne(dailyReportId(s.memberId, ctx.today)).exec();
  const day = s.rows && s.lookups && s.owners ? selectMyDay(s.rows, { memberId: s.memberId, ctx, lookups: s.lookups, customerOwners: s.owners }) : null;
  const plan = scheduleReminders({
    now: s.now,
    memberId: s.memberId,
    role: s.role,
    utcOffsetMinutes: s.settings.utcOffsetMinutes,
    reportDeadline: s.settings.reportDeadline,
    reportSubmitted: report?.status === 'submitted',
    day,
    notifications: s.notifications,
    muted: s.muted,
    shown: await readShownLog(s.db, s.memberId),
  });
  const nextAt = Math.min(plan.nextAt, weeklyAt ?? Infinity);
  if (!canShowNotifications()) return nextAt;
  for (const reminder of plan.due) {
    const claimed = await claimReminderKeys(s.db, s.memberId, reminder.keys, s.now);
    if (claimed.length === 0) continue;
    const { title, body } = reminderText(s.t, reminder.message);
    await api.showNotification({ title: (title || s.t('app.name')).slice(0, 200), body: body.slice(0, 2000), target: reminder.target }).catch(() => undefined);
  }
  return nextAt;
};
