import { useCallback, useMemo, useState } from 'react';
import type { DashboardFilter } from '../../../../../shared/dashboard/dashboardFilter.ts';
import { dashboardPeriod, type PeriodPreset } from '../../../../../shared/dashboard/dashboardPeriod.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { markFilterChange } from '../utils/paintMarks.ts';

/** What the filter bar holds: the preset, the 自定义 days, a member (null = 全员) and a 来源渠道 (null = all). */
export type FilterChoice = { preset: PeriodPreset; custom: { from: CalendarDate; to: CalendarDate }; memberId: string | null; sourceId: string | null };

export type DashboardFilterState = {
  choice: FilterChoice;
  filter: DashboardFilter;
  /** True for a rep: the member filter is fixed to themselves. */
  locked: boolean;
  change: (patch: Partial<FilterChoice>) => void;
};

/**
 * The filter bar's state and the filter the charts read. `lockedMemberId` (a rep's own id) overrides
 * the member choice: reps see their own numbers only. Each change is marked for the benchmark.
 */
export const useDashboardFilter = (today: CalendarDate, utcOffsetMinutes: number, lockedMemberId: string | null): DashboardFilterState => {
  const [choice, setChoice] = useState<FilterChoice>(() => ({ preset: 'thisWeek', custom: { from: today, to: today }, memberId: null, sourceId: null }));
  const change = useCallback((patch: Partial<FilterChoice>) => {
    markFilterChange();
    setChoice((c) => ({ ...c, ...patch }));
  }, []);
  const filter = useMemo<DashboardFilter>(
    () => ({ period: dashboardPeriod(choice.preset, today, utcOffsetMinutes, choice.custom), memberId: lockedMemberId ?? choice.memberId, sourceId: choice.sourceId }),
    [choice, today, utcOffsetMinutes, lockedMemberId],
  );
  return { choice, filter, locked: lockedMemberId !== null, change };
};
