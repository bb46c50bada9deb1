import type { TFunction } from 'i18next';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { insertStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';
import { addDays } from '../../../../../shared/domain/calendarDate.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { weeklySummaryNotification } from '../../../../../shared/reminders/weeklySummaryNotification.ts';
import { buildWeeklyReport } from '../../../../../shared/weekly/buildWeeklyReport.ts';
import { normalizeWeeklyTemplate } from '../../../../../shared/weekly/normalizeWeeklyTemplate.ts';
import { weeklySummaryId, weeklySummarySchedule, type WeeklySummaryDue } from '../../../../../shared/weekly/weeklySummarySchedule.ts';
import { weekStartAt } from '../../../../../shared/weekly/weekStartOf.ts';
import { queryPlain } from '../../../db/queryPlain.ts';
import { claimReminderKeys, readShownLog } from './claimReminderKeys.ts';
import { weeklySummaryText } from './weeklySummaryText.ts';

export type WeeklySummarySources = {
  db: SalesDeskDatabase;
  t: TFunction;
  writer: Writer;
  memberId: string;
  role: Role;
  settings: TeamSettingsDoc;
  /** The team's follow-ups, or null until the whole working set has loaded. */
  rows: readonly FollowUpDoc[] | null;
  now: number;
};

/** Which of this and last week's summaries exist already for the member (made here or synced from another desktop). */
const preparedWeeks = async (s: WeeklySummarySources): Promise<Set<string>> => {
  const monday = weekStartAt(s.now, s.settings.utcOffsetMinutes);
  const weeks = [monday, addDays(monday, -7)];
  const docs = await s.db.notifications.findByIds(weeks.map((w) => weeklySummaryId(s.memberId, w))).exec();
  return new Set(weeks.filter((w) => docs.has(weeklySummaryId(s.memberId, w))));
};

/** The week's 周报 (H5's builder, shared/weekly/buildWeeklyReport.ts) over the team's data; its 合计 makes the summary. */
const buildReport = async (s: WeeklySummarySources, rows: readonly FollowUpDoc[], due: WeeklySummaryDue) =>
  buildWeeklyReport({
    weekStart: due.weekStart,
    utcOffsetMinutes: s.settings.utcOffsetMinutes,
    members: await queryPlain(s.db.members, { selector: {} }),
    followUps: rows,
    customers: await queryPlain(s.db.customers, { selector: {} }),
    // The summary reads the numbers only; the 日报 texts stay for the 周报 page.
    reports: [],
    template: normalizeWeeklyTemplate(s.settings.weeklyTemplate),
    reportTemplate: s.settings.reportTemplate,
    wonStageIds: s.settings.options.stages.filter((st) => st.kind === 'won').map((st) => st.id),
  });

/**
 * The Monday summary (#7 part 4), one pass: when weeklySummarySchedule says a week is due for this
 * manager, claim it in the shown-log (two windows never both write it), build the week's 周报 and write a
 * 'weeklyReport' notification for the manager. The reminders then show it like any message received.
 * A week with no follow-ups at all gets none. Returns when to look again (null: never, for reps).
 */
export const prepareWeeklySummary = async (s: WeeklySummarySources): Promise<number | null> => {
  const prepared = await preparedWeeks(s);
  const shown = await readShownLog(s.db, s.memberId);
  const plan = weeklySummarySchedule({ now: s.now, memberId: s.memberId, role: s.role, utcOffsetMinutes: s.settings.utcOffsetMinutes, summaryAt: s.settings.weeklySummaryAt, shown, prepared: (w) => prepared.has(w) });
  // Until every follow-up has loaded the numbers would be short: wait for the next pass.
  if (!plan.due || !s.rows) return plan.nextAt;
  if ((await claimReminderKeys(s.db, s.memberId, [plan.due.key], s.now)).length === 0) return plan.nextAt;
  const report = await buildReport(s, s.rows, plan.due);
  if (report.totals.followUps.value === 0) return plan.nextAt;
  const { title, body } = weeklySummaryText(s.t, report, plan.due.thisWeek);
  await insertStamped(s.db.notifications, weeklySummaryNotification({ memberId: s.memberId, weekStart: plan.due.weekStart, title, body }), s.writer);
  return plan.nextAt;
};
