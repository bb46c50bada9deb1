import { useState } from 'react';
import type { ColumnLayout } from '../../../../../shared/grid/applyColumnLayout.ts';
import type { ColumnFilter, SortSpec } from '../../../../../shared/grid/gridTypes.ts';
import { moveColumn } from '../../../../../shared/grid/moveColumn.ts';
import { defaultCustomerViewState, type CustomerViewState } from '../../../../../shared/customers/computeCustomerView.ts';
import type { CustomerViewId } from '../../../../../shared/customers/customerViews.ts';

/** The 客户 list's view on show and every way the tabs, search and column headers change it (the follow-up grid's controls). */
export const useCustomerViewState = () => {
  const [state, setState] = useState<CustomerViewState>(defaultCustomerViewState);
  const patch = (p: Partial<CustomerViewState>) => setState((s) => ({ ...s, ...p }));
  const layout = (f: (l: ColumnLayout) => ColumnLayout) => setState((s) => ({ ...s, columns: f(s.columns) }));
  return {
    state,
    /** Between built-in views only the rows change; search, sort and filters stay, as on a sheet's tabs. */
    openBuiltIn: (base: CustomerViewId) => patch({ base }),
    setSearch: (search: string) => patch({ search }),
    setSort: (sort: SortSpec[]) => patch({ sort }),
    setFilter: (column: string, filter: ColumnFilter | null) =>
      setState((s) => ({ ...s, filters: [...s.filters.filter((f) => f.column !== column), ...(filter ? [filter] : [])] })),
    setFilters: (filters: ColumnFilter[]) => patch({ filters }),
    setColumnSort: (column: string, spec: SortSpec | null) => setState((s) => ({ ...s, sort: spec ? [spec] : s.sort.filter((x) => x.column !== column) })),
    setLayout: (columns: ColumnLayout) => patch({ columns }),
    hide: (column: string) => layout((l) => ({ ...l, hidden: [...l.hidden, column] })),
    freeze: (frozen: number) => layout((l) => ({ ...l, frozen })),
    resize: (column: string, width: number) => layout((l) => ({ ...l, widths: { ...l.widths, [column]: width } })),
    move: (column: string, beforeId: string, allIds: readonly string[]) => layout((l) => moveColumn(l, allIds, column, beforeId)),
  };
};

export type CustomerViewControls = ReturnType<typeof useCustomerViewState>;
