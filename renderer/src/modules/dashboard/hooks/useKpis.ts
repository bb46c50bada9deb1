import { useMemo } from 'react';
import { previousPeriod } from '../../../../../shared/dashboard/dashboardPeriod.ts';
import { periodMeasures, type PeriodMeasures } from '../../../../../shared/dashboard/periodMeasures.ts';
import { useDashboardView } from './useDashboardView.ts';

/** The period's daily-report numbers and the previous period's (for 环比). */
export const useKpis = (): { current: PeriodMeasures; previous: PeriodMeasures } => {
  const { built, filter, clock } = useDashboardView();
  return useMemo(() => {
    const offset = clock.utcOffsetMinutes;
    return {
      current: periodMeasures(built.index, filter.period, filter, offset),
      previous: periodMeasures(built.index, previousPeriod(filter.period, offset), filter, offset),
    };
  }, [built, filter, clock.utcOffsetMinutes]);
};
