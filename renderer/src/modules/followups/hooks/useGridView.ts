import { useMemo, useState } from 'react';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { applyColumnLayout } from '../../../../../shared/grid/applyColumnLayout.ts';
import { computeView } from '../../../../../shared/grid/computeView.ts';
import { gridColumns } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow, ViewState } from '../../../../../shared/grid/gridTypes.ts';
import type { GridGroup } from '../../../../../shared/grid/groupRows.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { placePinnedRows, type RowPin } from '../utils/placePinnedRows.ts';
import { searchIndexer } from '../utils/searchIndexer.ts';
import type { WorkingSet } from './useFollowUpRows.ts';

/** A line of the grouped grid: a group's header, or the row at `index` of the view's `ids`. */
export type ViewLine = { type: 'group'; group: GridGroup; collapsed: boolean } | { type: 'row'; index: number };

export type GridView = {
  /** The rows the grid can select, in display order (rows of collapsed groups left out). */
  ids: string[];
  /** Group headers and rows when grouped, else null (one line per id). */
  lines: ViewLine[] | null;
  /** The visible columns in the view's order and widths; `frozen` of them stay at the left. */
  columns: GridColumn[];
  frozen: number;
  /** Every column, hidden ones too (for the column menu). */
  allColumns: GridColumn[];
  today: string;
};

/** The selectable ids and, when grouped, the lines (headers + rows of open groups). */
const groupLines = (groups: readonly GridGroup[], collapsed: ReadonlySet<string>): { ids: string[]; lines: ViewLine[] } => {
  const ids: string[] = [];
  const lines: ViewLine[] = [];
  for (const group of groups) {
    const closed = collapsed.has(group.key);
    lines.push({ type: 'group', group, collapsed: closed });
    if (closed) continue;
    for (const row of group.rows) lines.push({ type: 'row', index: ids.push(row.id) - 1 });
  }
  return { ids, lines };
};

/**
 * The rows of the current view, recomputed when the view or the set of rows changes — not when a row's
 * content changes: an edited row keeps its place (as in Excel) until the user sorts or filters again.
 */
export const useGridView = (
  set: WorkingSet,
  state: ViewState,
  lookups: GridLookups,
  memberId: string,
  collapsed: ReadonlySet<string>,
  pins: readonly RowPin[],
  /** The rows a link names, shown instead of the view's (computeView's `only`). */
  only: ReadonlySet<string> | null = null,
): GridView => {
  const allColumns = useMemo(() => gridColumns(lookups.customFields), [lookups.customFields]);
  const layout = useMemo(() => applyColumnLayout(allColumns, state.columns), [allColumns, state.columns]);
  const { columns } = layout;
  const now = useNow();
  const today = toCalendarDate(now, lookups.utcOffsetMinutes);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- membership, not the Map identity, says when rows came or went
  const all = useMemo((): GridRow[] => [...set.rows.values()], [set.membership, set.loaded]);
  // The last index, so a membership change (a row added or trashed) re-indexes only the new rows.
  const [indexer] = useState(() => searchIndexer<GridRow>());
  const index = useMemo(() => indexer(all, columns, lookups), [indexer, all, columns, lookups]);
  const view = useMemo(
    () => computeView(all, state, columns, lookups, { memberId, today, now }, index, only ?? undefined),
    // `now` moves every minute; the view follows the day (`today`), not the minute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all, state, columns, lookups, memberId, today, index, only],
  );
  const shown = useMemo(() => {
    if (view.groups) return groupLines(view.groups, collapsed);
    const ids = pins.reduce((list, pin) => placePinnedRows(list, pin, set.rows), view.rows.map((r) => r.id));
    return { ids, lines: null };
    // Rows come and go through `view` (membership); the Map is read for the pinned rows' trashed flag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, collapsed, pins]);
  return { ...shown, columns, frozen: layout.frozen, allColumns, today };
};
