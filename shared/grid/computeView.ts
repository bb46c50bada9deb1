import { applyBuiltInView } from './builtInViews.ts';
import { filterRows } from './filterRows.ts';
import type { GridColumn, GridLookups, GridRow, SortSpec, ViewContext, ViewState } from './gridTypes.ts';
import { groupRows, type GridGroup } from './groupRows.ts';
import { keepIds } from './keepIds.ts';
import { buildSearchIndex, searchRows, type SearchIndex } from './searchIndex.ts';
import { sortRows } from './sortRows.ts';

export type ComputedView = { rows: GridRow[]; groups: GridGroup[] | null };

type SortMemo = { sort: string; columns: readonly GridColumn[]; lookups: GridLookups; sorted: GridRow[] };

/** The last sort of each rows array: a keystroke in search or a filter change re-sorts nothing. */
const sortMemo = new WeakMap<readonly GridRow[], SortMemo>();

const sortedRows = (rows: readonly GridRow[], sort: SortSpec[], columns: readonly GridColumn[], lookups: GridLookups): GridRow[] => {
  const key = JSON.stringify(sort);
  const memo = sortMemo.get(rows);
  if (memo && memo.sort === key && memo.columns === columns && memo.lookups === lookups) return memo.sorted;
  const sorted = sortRows(rows, sort, columns, lookups);
  sortMemo.set(rows, { sort: key, columns, lookups, sorted });
  return sorted;
};

/**
 * What the grid shows for a view: built-in view → filters → quick search → sort → groups. The sort
 * runs first, over every row, and the other steps only keep rows (in order): a stable sort of a subset
 * is the subset of the stable sort, and the sorted table is remembered per rows array, so typing in
 * search or changing a filter never sorts again. Treat `rows` as immutable: a data change must come
 * as a new array (as RxDB query results do), or the remembered order goes stale.
 * `index` is the search index of `rows` over the visible columns (built once per data change);
 * without it, one is built for this call over the rows left by the view and filters.
 * `only` (the rows a link names) replaces the built-in view and the filters: exactly those rows show,
 * still sorted, searched and grouped as the state says.
 */
export const computeView = (
  rows: readonly GridRow[],
  state: ViewState,
  columns: readonly GridColumn[],
  lookups: GridLookups,
  ctx: ViewContext,
  index?: SearchIndex<GridRow>,
  only?: ReadonlySet<string>,
): ComputedView => {
  const sorted = sortedRows(rows, state.sort, columns, lookups);
  let result = only ? keepIds(sorted, only) : filterRows(applyBuiltInView(state.base, sorted, ctx, lookups), state.filters, columns, lookups, ctx);
  if (state.search.trim() !== '') {
    const hidden = new Set(state.columns.hidden);
    result = index ? searchRows(index, state.search, result) : searchRows(buildSearchIndex(result, columns.filter((c) => !hidden.has(c.id)), lookups), state.search);
  }
  return { rows: result, groups: state.groupBy ? groupRows(result, state.groupBy, columns, lookups) : null };
};
