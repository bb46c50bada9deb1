import type { NotificationDoc } from '../db/schemas/notificationSchema.ts';
import { startOfCalendarDate, toCalendarDate } from '../domain/calendarDate.ts';
import type { Role } from '../domain/roles.ts';
import { appLinkHash } from '../links/appLink.ts';
import { isReportDay } from '../reports/reportDays.ts';
import type { MyDay } from '../today/todayTypes.ts';
import { notificationLink } from './notificationLink.ts';
import { reminderCategoryOf } from './reminderCategoryOf.ts';
import type { Reminder, ReminderCategory, ShownLog } from './reminderTypes.ts';

export type ReminderInput = {
  now: number;
  memberId: string;
  role: Role;
  utcOffsetMinutes: number;
  /** The team's report deadline, local 'HH:MM'. */
  reportDeadline: string;
  /** Today's report (team calendar) is submitted. */
  reportSubmitted: boolean;
  /** The member's 今日 (selectMyDay), or null while the follow-ups load. */
  day: MyDay | null;
  /** Notification documents addressed to the member. */
  notifications: readonly NotificationDoc[];
  muted: ReadonlySet<ReminderCategory>;
  shown: ShownLog;
};

/** What to show now, and the next instant something falls due (null: nothing before midnight but midnight). */
export type ReminderPlan = { due: Reminder[]; nextAt: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The morning summary, before the working day starts. */
export const MORNING_AT_MINUTES = 8 * 60 + 30;
/** The report reminder comes this long before the deadline. */
export const DEADLINE_LEAD_MS = 30 * MINUTE;
/** A plan's time reminder still comes this long after the time (the app was closed, then opened). */
const PLAN_GRACE_MS = 2 * HOUR;
/** Documents received longer ago than this are in the bell only: a desktop that just joined does not pop up last week. */
export const RECEIVED_FRESH_MS = 24 * HOUR;
/** More documents than this at once come as one summary notification. */
const GROUP_OVER = 3;
/** The notification contract's limit on a target. */
const TARGET_MAX = 200;

const minutesOf = (hhmm: string): number | null => {
  const match = /^([01]\d|2[0-3])[:：]([0-5]\d)$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};

type Step = { due: Reminder[]; later: number[] };
type Ctx = ReminderInput & { today: string; dayStart: number };

const morning = (c: Ctx): Step => {
  const at = c.dayStart + MORNING_AT_MINUTES * MINUTE;
  const due = c.day?.dueToday.filter((i) => !i.done).length ?? 0;
  const overdue = c.day?.overdue.length ?? 0;
  if (c.now < at) return { due: [], later: [at] };
  if (due + overdue === 0) return { due: [], later: [] };
  const target = appLinkHash({ kind: 'page', page: 'today' });
  return { due: [{ keys: [`morning:${c.today}`], category: 'due', message: { kind: 'morning', due, overdue }, target, notificationIds: [] }], later: [] };
};

const planTimes = (c: Ctx): Step => {
  const step: Step = { due: [], later: [] };
  for (const item of c.day?.dueToday ?? []) {
    const minutes = item.time ? minutesOf(item.time) : null;
    if (item.done || minutes === null || !item.time) continue;
    const at = c.dayStart + minutes * MINUTE;
    if (c.now < at) step.later.push(at);
    else if (c.now < at + PLAN_GRACE_MS) {
      const message = { kind: 'planTime' as const, customer: item.customerName, time: item.time, what: item.what };
      step.due.push({ keys: [`plan:${item.rowId}:${c.today}`], category: 'due', message, target: appLinkHash({ kind: 'followUpRow', id: item.rowId }), notificationIds: [] });
    }
  }
  return step;
};

/**
 * Reps owe a daily report on report days (isReportDay, as 提交率 counts them: Monday to Friday);
 * managers and admins are not reminded, nor anyone at the weekend.
 */
const deadline = (c: Ctx): Step => {
  const minutes = minutesOf(c.reportDeadline) ?? 20 * 60;
  const deadlineAt = c.dayStart + minutes * MINUTE;
  if (c.role !== 'rep' || c.reportSubmitted || c.now >= deadlineAt || !isReportDay(c.today)) return { due: [], later: [] };
  if (c.now < deadlineAt - DEADLINE_LEAD_MS) return { due: [], later: [deadlineAt - DEADLINE_LEAD_MS] };
  const message = { kind: 'deadline' as const, deadline: c.reportDeadline, minutesLeft: Math.ceil((deadlineAt - c.now) / MINUTE) };
  const target = appLinkHash({ kind: 'report', memberId: c.memberId, date: c.today });
  return { due: [{ keys: [`deadline:${c.today}`], category: 'deadline', message, target, notificationIds: [] }], later: [] };
};

const received = (c: Ctx): Step => {
  const fresh = c.notifications
    .filter((d) => d.recipientId === c.memberId && d.readAt === 0 && !d.trashed && c.now - d.createdAt <= RECEIVED_FRESH_MS && !(`doc:${d.id}` in c.shown))
    .map((d) => ({ d, category: reminderCategoryOf(d.kind) }))
    .filter((x): x is { d: NotificationDoc; category: ReminderCategory } => x.category !== null && !c.muted.has(x.category))
    .sort((a, b) => a.d.createdAt - b.d.createdAt);
  if (fresh.length > GROUP_OVER) {
    const message = { kind: 'receivedMany' as const, count: fresh.length };
    const category = fresh.at(-1)?.category ?? 'comment';
    const target = appLinkHash({ kind: 'page', page: 'today' });
    return { due: [{ keys: fresh.map((x) => `doc:${x.d.id}`), category, message, target, notificationIds: fresh.map((x) => x.d.id) }], later: [] };
  }
  const due = fresh.map(({ d, category }): Reminder => {
    const hash = appLinkHash(notificationLink(d, c.utcOffsetMinutes));
    const target = hash.length <= TARGET_MAX ? hash : appLinkHash({ kind: 'page', page: 'today' });
    return { keys: [`doc:${d.id}`], category, message: { kind: 'received', title: d.title, body: d.body }, target, notificationIds: [d.id] };
  });
  return { due, later: [] };
};

/**
 * The reminders due for one member at `now`, from local data only (it works offline): the morning
 * summary of today's plans, a plan's own time (下午3点 …), the report deadline 30 minutes ahead while
 * today's report is unsent, and 催交 / 批注 / @提及 documents received. Muted categories and keys
 * already in the shown-log are left out; `nextAt` says when to look again (at the latest, midnight).
 */
export const scheduleReminders = (input: ReminderInput): ReminderPlan => {
  const today = toCalendarDate(input.now, input.utcOffsetMinutes);
  const c: Ctx = { ...input, today, dayStart: startOfCalendarDate(today, input.utcOffsetMinutes) };
  const steps = [morning(c), planTimes(c), deadline(c), received(c)];
  const due = steps.flatMap((s) => s.due).filter((r) => !input.muted.has(r.category) && r.keys.some((k) => !(k in input.shown)));
  const midnight = c.dayStart + 24 * HOUR;
  const nextAt = Math.min(midnight, ...steps.flatMap((s) => s.later).filter((at) => at > input.now));
  return { due, nextAt };
};
