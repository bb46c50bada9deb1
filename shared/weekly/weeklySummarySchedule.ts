import { addDays, startOfCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import type { Role } from '../domain/roles.ts';
import type { ShownLog } from '../reminders/reminderTypes.ts';
import { weekStartAt } from './weekStartOf.ts';

/** The team's setting (teamsettings.weeklySummaryAt): weekday 1 = Monday … 6 = Saturday, 0 or 7 = Sunday; 'HH:MM' team time. */
export type WeeklySummaryAt = { weekday: number; time: string };

/** A new team's setting, and what an unreadable one falls back to: Monday 08:30. */
export const DEFAULT_WEEKLY_SUMMARY_AT: WeeklySummaryAt = { weekday: 1, time: '08:30' };

export type WeeklySummaryInput = {
  now: number;
  memberId: string;
  role: Role;
  utcOffsetMinutes: number;
  /** As stored; anything unreadable means Monday 08:30. */
  summaryAt: Partial<WeeklySummaryAt> | undefined;
  /** This member's shown-log on this desktop (the reminders' own). */
  shown: ShownLog;
  /** Whether this member's summary of a week (its Monday) exists already, made on any desktop. */
  prepared: (weekStart: CalendarDate) => boolean;
};

/** The week to prepare now: its Monday, whether it is the current week, its shown-log key and its document id. */
export type WeeklySummaryDue = { weekStart: CalendarDate; thisWeek: boolean; key: string; notificationId: string };

/** Due now (or null), and when the next one falls due (null for members who get none). */
export type WeeklySummaryPlan = { due: WeeklySummaryDue | null; nextAt: number | null };

const MINUTE = 60_000;

/** One summary per member per week, whichever desktop makes it: two desktops offline write one document. */
export const weeklySummaryId = (memberId: string, weekStart: CalendarDate): string => `weekly_${memberId}_${weekStart}`;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const isWeekday = (weekday: unknown): weekday is number => Number.isInteger(weekday) && (weekday as number) >= 0 && (weekday as number) <= 7;

/**
 * The setting as stored, read leniently (it syncs between app versions): Sunday as 0 (the schema's
 * range; 7 is read as Sunday too), an unreadable weekday or time replaced by Monday / 08:30.
 */
export const normalizeWeeklySummaryAt = (at: Partial<WeeklySummaryAt> | undefined): WeeklySummaryAt => ({
  weekday: isWeekday(at?.weekday) ? at.weekday % 7 : DEFAULT_WEEKLY_SUMMARY_AT.weekday,
  time: typeof at?.time === 'string' && TIME.test(at.time) ? at.time : DEFAULT_WEEKLY_SUMMARY_AT.time,
});

/**
 * Which week a summary made on the given day of the week covers: the week of the last Friday on or before
 * it. Monday to Thursday: last week (the default, Monday 08:30, prepares the week just ended); Friday to
 * Sunday: this week, whose working days are over.
 */
const reportWeekOf = (monday: CalendarDate, dayOffset: number): CalendarDate => (dayOffset >= 4 ? monday : addDays(monday, -7));

/**
 * Whether the manager's desktop should prepare a 周报 summary now (#7 part 4), from the team's setting
 * (weekday and time on the team's calendar), the time, and what was done. Only managers and admins get
 * one, once per week: the moment passed with the desktop off, it is made when the desktop is next on, but
 * only for this or last week — never for older weeks (a desktop back after a holiday does not pile them up).
 */
export const weeklySummarySchedule = (input: WeeklySummaryInput): WeeklySummaryPlan => {
  if (input.role === 'rep') return { due: null, nextAt: null };
  const { weekday, time } = normalizeWeeklySummaryAt(input.summaryAt);
  const dayOffset = (weekday + 6) % 7;
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const monday = weekStartAt(input.now, input.utcOffsetMinutes);
  const momentOf = (weekMonday: CalendarDate) => startOfCalendarDate(addDays(weekMonday, dayOffset), input.utcOffsetMinutes) + minutes * MINUTE;
  const passedThisWeek = input.now >= momentOf(monday);
  const nextAt = passedThisWeek ? momentOf(addDays(monday, 7)) : momentOf(monday);
  // The latest scheduled moment at or before now, and the week it was to summarise.
  const weekStart = reportWeekOf(passedThisWeek ? monday : addDays(monday, -7), dayOffset);
  const key = `weekly:${weekStart}`;
  const notificationId = weeklySummaryId(input.memberId, weekStart);
  if (weekStart < addDays(monday, -7) || key in input.shown || input.prepared(weekStart)) return { due: null, nextAt };
  return { due: { weekStart, thisWeek: weekStart === monday, key, notificationId }, nextAt };
};
