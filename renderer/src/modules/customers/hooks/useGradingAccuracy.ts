import { useMemo } from 'react';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { gradingAccuracy, quarterBounds, type GradingAccuracy } from '../../../../../shared/customers/gradingAccuracy.ts';
import { wonDaysByCustomer } from '../../../../../shared/customers/wonDays.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';
import { pastQuarters } from '../utils/pastQuarters.ts';

/** How many past quarters the panel shows. */
const QUARTERS = 4;

export type QuarterAccuracy = GradingAccuracy & { until: string; pending: boolean };

/** Grading accuracy (DOMAIN.md) for the last four quarters, from the weekly grade snapshots and the days customers were won. */
export const useGradingAccuracy = (rows: ReadonlyMap<string, CustomerRow>, lookups: GridLookups): QuarterAccuracy[] | null => {
  const followUps = useFollowUpRows();
  const today = toCalendarDate(useNow(), lookups.utcOffsetMinutes);
  return useMemo(() => {
    if (!followUps.loaded) return null;
    const won = wonDaysByCustomer(followUps.rows.values(), lookups.options.stages, lookups.utcOffsetMinutes);
    const graded = [...rows.values()].filter((r) => !r.trashed).map((r) => ({ id: r.id, ...(r.gradeHistory ? { gradeHistory: r.gradeHistory } : {}), wonOn: won.get(r.id) ?? [] }));
    return pastQuarters(today, QUARTERS).map((q) => {
      const { until } = quarterBounds(q);
      return { ...gradingAccuracy(graded, q), until, pending: until >= today };
    });
  }, [rows, followUps, lookups, today]);
};
