import { useMemo } from 'react';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { computeView } from '../../../../../shared/grid/computeView.ts';
import { gridColumns } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow, ViewState } from '../../../../../shared/grid/gridTypes.ts';
import { buildSearchIndex } from '../../../../../shared/grid/searchIndex.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import type { WorkingSet } from './useFollowUpRows.ts';

export type GridView = { ids: string[]; columns: GridColumn[]; today: string };

/**
 * The rows of the current view, recomputed when the view or the set of rows changes — not when a row's
 * content changes: an edited row keeps its place (as in Excel) until the user sorts or filters again.
 */
export const useGridView = (set: WorkingSet, state: ViewState, lookups: GridLookups, memberId: string): GridView => {
  const columns = useMemo(() => {
    const hidden = new Set(state.columns.hidden);
    return gridColumns(lookups.customFields).filter((c) => !hidden.has(c.id)).map((c) => ({ ...c, width: state.columns.widths[c.id] ?? c.width }));
  }, [lookups.customFields, state.columns]);
  const now = useNow();
  const today = toCalendarDate(now, lookups.utcOffsetMinutes);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- membership, not the Map identity, says when rows came or went
  const all = useMemo((): GridRow[] => [...set.rows.values()], [set.membership, set.loaded]);
  const index = useMemo(() => buildSearchIndex(all, columns, lookups), [all, columns, lookups]);
  const ids = useMemo(() => {
    const view = computeView(all, state, columns, lookups, { memberId, today, now }, index);
    return view.rows.map((r) => r.id);
    // `now` moves every minute; the view follows the day (`today`), not the minute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [all, state, columns, lookups, memberId, today, index]);
  return { ids, columns, today };
};
