import { filterRows } from '../grid/filterRows.ts';
import type { ColumnFilter, GridColumn, GridLookups, SortSpec, ViewContext, ViewState } from '../grid/gridTypes.ts';
import { buildSearchIndex, searchRows, type SearchIndex } from '../grid/searchIndex.ts';
import { sortRows } from '../grid/sortRows.ts';
import type { CustomerRow } from './customerRow.ts';
import { applyCustomerView, type CustomerViewId } from './customerViews.ts';

/** What the 客户 list's view on show is: its built-in view, filters, sort, quick search and column layout. */
export type CustomerViewState = { base: CustomerViewId; filters: ColumnFilter[]; sort: SortSpec[]; search: string; columns: ViewState['columns'] };

export const defaultCustomerViewState = (): CustomerViewState => ({ base: 'all', filters: [], sort: [], search: '', columns: { order: [], hidden: [], widths: {}, frozen: 0 } });

/** With no sort chosen: the customers followed up most recently first (never followed up last: a number sort, no names to collate). */
const DEFAULT_SORT: SortSpec[] = [{ column: 'lastFollowed', desc: true }];

type SortMemo = { sort: string; columns: readonly GridColumn[]; lookups: GridLookups; sorted: CustomerRow[] };
/** The last sort of each rows array: a search keystroke or a filter change sorts nothing again. */
const sortMemo = new WeakMap<readonly CustomerRow[], SortMemo>();

const sortedRows = (rows: readonly CustomerRow[], sort: SortSpec[], columns: readonly GridColumn[], lookups: GridLookups): CustomerRow[] => {
  const key = JSON.stringify(sort);
  const memo = sortMemo.get(rows);
  if (memo && memo.sort === key && memo.columns === columns && memo.lookups === lookups) return memo.sorted;
  const sorted = sortRows(rows, sort.length ? sort : DEFAULT_SORT, columns, lookups);
  sortMemo.set(rows, { sort: key, columns, lookups, sorted });
  return sorted;
};

/**
 * The customers a view shows, in order: sort every row once (remembered per rows array), then keep the
 * built-in view's rows, the filters' and the quick search's — the follow-up grid's computeView, with
 * the 客户 list's views. `columns` are all of them (a sort or filter may name a hidden one); `index`
 * is the search index of `rows` over the visible ones.
 */
export const computeCustomerView = (
  rows: readonly CustomerRow[],
  state: CustomerViewState,
  columns: readonly GridColumn[],
  lookups: GridLookups,
  ctx: ViewContext,
  index?: SearchIndex<CustomerRow>,
): CustomerRow[] => {
  const sorted = sortedRows(rows, state.sort, columns, lookups);
  const result = filterRows(applyCustomerView(state.base, sorted, ctx, lookups), state.filters, columns, lookups, ctx);
  if (state.search.trim() === '') return result;
  const hidden = new Set(state.columns.hidden);
  return index ? searchRows(index, state.search, result) : searchRows(buildSearchIndex(result, columns.filter((c) => !hidden.has(c.id)), lookups), state.search);
};
