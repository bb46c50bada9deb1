import { useMemo } from 'react';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { dayContext } from '../../../../../shared/today/dayContext.ts';
import { selectMyDay } from '../../../../../shared/today/selectMyDay.ts';
import type { MyDay } from '../../../../../shared/today/todayTypes.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';
import { useGridLookups } from '../../followups/hooks/useGridLookups.ts';
import { useCustomerOwners } from './useCustomerOwners.ts';

export type MyDayView = { day: MyDay | null; today: string; lookups: GridLookups | null };

/**
 * A member's 今日 over the grid's working set, live: recomputed when rows come, go or change, when
 * customers change hands, and when the team's day rolls over at midnight. `day` is null until every
 * row has loaded (a half-loaded table would show false "never re-contacted" leads).
 */
export const useMyDay = (memberId: string): MyDayView => {
  const set = useFollowUpRows();
  const lookups = useGridLookups();
  const owners = useCustomerOwners();
  const now = useNow();
  const ctx = lookups ? dayContext(memberId, now, lookups.utcOffsetMinutes) : null;
  const today = ctx?.today ?? '';
  const day = useMemo(
    () => (set.loaded && lookups && owners && ctx ? selectMyDay([...set.rows.values()], { memberId, ctx, lookups, customerOwners: owners }) : null),
    // The rows Map is mutated in place: membership and revision say when it changed. The day follows `today`, not the minute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [set.membership, set.revision, set.loaded, lookups, owners, memberId, today],
  );
  return { day, today, lookups };
};
