import { useMemo, useState } from 'react';
import { trendWeeks } from '../../../../../shared/dashboard/dashboardPeriod.ts';
import type { SnapshotMember } from '../../../../../shared/dashboard/dashboardSnapshot.ts';
import type { OptionLists } from '../../../../../shared/domain/options.ts';
import { addDays, toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { datePresetRange } from '../../../../../shared/grid/filterRows.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useAllRows } from '../../teamReports/hooks/useAllRows.ts';
import { activeMembers, baseOf, type DashboardInputs } from '../utils/dashboardInputs.ts';
import type { DashboardBase } from '../utils/dashboardView.ts';
import { createPaintTracker, dashboardCharts } from '../utils/paintTracker.ts';
import { markPainted } from '../utils/paintMarks.ts';
import { useDashboardFilter, type DashboardFilterState } from './useDashboardFilter.ts';
import { useDashboardSnapshot } from './useDashboardSnapshot.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { useListOf } from '../../../db/useListOf.ts';

/** 提交率 may move at 09:00 the next morning; the charts need no fresher "now" than a quarter hour. */
const NOW_STEP_MS = 15 * 60_000;

export type DashboardPage = {
  /** Active members and the option lists, for the filter bar (from the store, or the snapshot until then). */
  members: SnapshotMember[] | undefined;
  options: OptionLists | undefined;
  filterState: DashboardFilterState;
  /** From the store once settings, members, reports and customers are read; null until then. */
  live: DashboardBase | null;
  /** From the last snapshot, drawn while the store is read; null when there is none. */
  snapshot: DashboardBase | null;
  /** Where this desktop's snapshot is kept (the database and who is looking). */
  scope: string;
  /** The key every chart has drawn ('' before the first): the page carries it as data-painted for the benchmark and tests. */
  paintedKey: string;
};

/** The store's inputs once all are read. Members and reports come in one IndexedDB request each, not a cursor step per document. */
const useLiveInputs = (): DashboardInputs | null => {
  const members = useAllRows('members');
  const reports = useAllRows('dailyreports');
  const customers = useListOf(useCustomerRows());
  const settings = useTeamSettings();
  return useMemo(
    () => (settings && members && reports && customers
      ? { options: settings.options, utcOffsetMinutes: settings.utcOffsetMinutes, reportDeadline: settings.reportDeadline, members, reports, customers, rows: null }
      : null),
    [settings, members, reports, customers],
  );
};

/**
 * The 看板 before its follow-ups: who looks (a rep is fixed to their own numbers), the filter, the
 * reports of the trend's weeks and paint tracking — from the store, and meanwhile from the snapshot
 * the page saved the last time it drew from all rows (the store takes seconds to read at 100,000
 * follow-ups; the snapshot a fraction of that).
 */
export const useDashboardPage = (): DashboardPage => {
  const { memberId } = useProfile();
  const scope = `${useDatabase().name}/${memberId}`;
  const snap = useDashboardSnapshot(scope);
  const liveInputs = useLiveInputs();
  const snapInputs: DashboardInputs | null = snap ?? null;
  const inputs = liveInputs ?? snapInputs;
  const offset = inputs?.utcOffsetMinutes ?? 480;
  const now = Math.floor(useNow() / NOW_STEP_MS) * NOW_STEP_MS;
  const today = toCalendarDate(now, offset);
  const members = useMemo(() => (inputs ? activeMembers(inputs.members) : undefined), [inputs]);
  const me = members?.find((m) => m.id === memberId);
  const filterState = useDashboardFilter(today, offset, me?.role === 'rep' ? me.id : null);
  const { filter } = filterState;
  const monday = datePresetRange('thisWeek', today)?.from ?? today;
  const firstWeek = trendWeeks(filter.period, today, offset)[0]?.from ?? monday;
  const fromDay = addDays(monday, -56) < firstWeek ? addDays(monday, -56) : firstWeek;
  const [paintedKey, setPaintedKey] = useState('');
  const tracker = useMemo(() => createPaintTracker(dashboardCharts, (key) => {
    markPainted(key);
    setPaintedKey(key);
  }), []);
  const clock = useMemo(() => ({ today, now, utcOffsetMinutes: offset }), [today, now, offset]);
  const context = useMemo(() => ({ memberId, filter, clock, fromDay, tracker }), [memberId, filter, clock, fromDay, tracker]);
  const live = useMemo(() => (liveInputs ? baseOf(liveInputs, context) : null), [liveInputs, context]);
  const snapshot = useMemo(() => (snapInputs ? baseOf(snapInputs, context) : null), [snapInputs, context]);
  return { members, options: inputs?.options, filterState, live, snapshot, scope, paintedKey };
};
