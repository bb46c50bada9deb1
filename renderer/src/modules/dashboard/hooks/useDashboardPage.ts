import { useMemo, useState } from 'react';
import { trendWeeks } from '../../../../../shared/dashboard/dashboardPeriod.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { addDays, toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { datePresetRange } from '../../../../../shared/grid/filterRows.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useAllRows } from '../../teamReports/hooks/useAllRows.ts';
import type { DashboardBase } from '../utils/dashboardView.ts';
import { createPaintTracker, dashboardCharts } from '../utils/paintTracker.ts';
import { markPainted } from '../utils/paintMarks.ts';
import { useDashboardFilter, type DashboardFilterState } from './useDashboardFilter.ts';

/** 提交率 may move at 09:00 the next morning; the charts need no fresher "now" than a quarter hour. */
const NOW_STEP_MS = 15 * 60_000;

const roleOrder = { admin: 0, manager: 1, rep: 2 } as const;

/** Active members as useMembers lists them (admins, managers, reps; by name), and everyone by id. */
const teamOf = (all: readonly MemberDoc[] | undefined) => {
  if (!all) return { members: undefined, directory: undefined };
  const members = all
    .filter((m) => !m.trashed && m.active)
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name, 'zh-CN'));
  return { members, directory: new Map(all.map((m) => [m.id, m])) };
};

export type DashboardPage = {
  members: MemberDoc[] | undefined;
  settings: TeamSettingsDoc | null | undefined;
  filterState: DashboardFilterState;
  /** null until the small things (settings, members, reports) are read; then the follow-ups are read. */
  base: DashboardBase | null;
  /** The key every chart has drawn ('' before the first): the page carries it as data-painted for the benchmark and tests. */
  paintedKey: string;
};

/**
 * The 看板 before its follow-ups: who looks (a rep is fixed to their own numbers), the team's settings
 * and members, the filter, the reports of the trend's weeks, and paint tracking. Members and reports
 * are read in one IndexedDB request each (not a cursor step per document, which would queue behind
 * the 100,000 follow-ups the app is reading at the same time); the follow-ups' index is built once
 * these are in (DashboardData).
 */
export const useDashboardPage = (): DashboardPage => {
  const { memberId } = useProfile();
  const everyone = useAllRows('members');
  const allReports = useAllRows('dailyreports');
  const customers = useAllRows('customers');
  const settings = useTeamSettings();
  const { members, directory } = useMemo(() => teamOf(everyone), [everyone]);
  const offset = settings?.utcOffsetMinutes ?? 480;
  const now = Math.floor(useNow() / NOW_STEP_MS) * NOW_STEP_MS;
  const today = toCalendarDate(now, offset);
  const me = members?.find((m) => m.id === memberId);
  const filterState = useDashboardFilter(today, offset, me?.role === 'rep' ? me.id : null);
  const { filter } = filterState;
  const monday = datePresetRange('thisWeek', today)?.from ?? today;
  const firstWeek = trendWeeks(filter.period, today, offset)[0]?.from ?? monday;
  const fromDay = addDays(monday, -56) < firstWeek ? addDays(monday, -56) : firstWeek;
  const reports = useMemo(() => allReports?.filter((r) => !r.trashed && r.date >= fromDay), [allReports, fromDay]);
  const [paintedKey, setPaintedKey] = useState('');
  const tracker = useMemo(() => createPaintTracker(dashboardCharts, (key) => {
    markPainted(key);
    setPaintedKey(key);
  }), []);
  const clock = useMemo(() => ({ today, now, utcOffsetMinutes: offset }), [today, now, offset]);
  const base = useMemo<DashboardBase | null>(() => {
    if (!settings || !members || !directory || !reports || !customers || !me) return null;
    const memberOrder = [...members.map((m) => m.id), ...directory.keys()];
    const reps = members.filter((m) => m.role === 'rep');
    return { filter, clock, memberOrder, reps, reports, customers, directory, options: settings.options, deadline: settings.reportDeadline, teamView: me.role !== 'rep', tracker };
  }, [settings, members, directory, reports, customers, me, filter, clock, tracker]);
  return { members, settings, filterState, base, paintedKey };
};
