import { useMemo, useState } from 'react';
import type { ColumnLayout } from '../../../../../shared/grid/applyColumnLayout.ts';
import type { BuiltInViewId, ColumnFilter, GroupBy, SortSpec, ViewState } from '../../../../../shared/grid/gridTypes.ts';
import { moveColumn } from '../../../../../shared/grid/moveColumn.ts';
import { defaultViewState } from '../../../../../shared/grid/viewStateSchema.ts';
import type { SavedView } from './useSavedViews.ts';

/** The view on show: its state, the saved view it came from (if any) and every way the toolbar and headers change it. */
export const useViewState = (saved: readonly SavedView[]) => {
  const [state, setState] = useState<ViewState>(defaultViewState);
  const [activeId, setActiveId] = useState<string | null>(null);
  // A saved view deleted (here or by a teammate) is no longer active.
  const active = saved.find((v) => v.id === activeId) ?? null;
  const modified = useMemo(() => active !== null && JSON.stringify(active.state) !== JSON.stringify(state), [active, state]);
  const patch = (p: Partial<ViewState>) => setState((s) => ({ ...s, ...p }));
  const layout = (f: (l: ColumnLayout) => ColumnLayout) => setState((s) => ({ ...s, columns: f(s.columns) }));
  return {
    state,
    active,
    modified,
    setSearch: (search: string) => patch({ search }),
    setSort: (sort: SortSpec[]) => patch({ sort }),
    setGroupBy: (groupBy: GroupBy | null) => patch({ groupBy }),
    /**
     * Between built-in views only the rows change (the sort, search and filters stay, as on a sheet's
     * tabs); leaving a saved view leaves its filters and grouping behind with it.
     */
    openBuiltIn: (base: BuiltInViewId) => {
      setActiveId(null);
      setState((s) => (active ? { ...defaultViewState(), columns: s.columns, base } : { ...s, base }));
    },
    openSaved: (view: SavedView) => (setActiveId(view.id), setState(view.state)),
    /** A whole new state outside any saved view (a link to a row the view hid). */
    replace: (next: ViewState) => (setActiveId(null), setState(next)),
    markSaved: (id: string) => setActiveId(id),
    setFilter: (column: string, filter: ColumnFilter | null) =>
      setState((s) => ({ ...s, filters: [...s.filters.filter((f) => f.column !== column), ...(filter ? [filter] : [])] })),
    setFilters: (filters: ColumnFilter[]) => patch({ filters }),
    setColumnSort: (column: string, spec: SortSpec | null) => patch({ sort: spec ? [spec] : state.sort.filter((s) => s.column !== column) }),
    setLayout: (columns: ColumnLayout) => patch({ columns }),
    hide: (column: string) => layout((l) => ({ ...l, hidden: [...l.hidden, column] })),
    freeze: (frozen: number) => layout((l) => ({ ...l, frozen })),
    resize: (column: string, width: number) => layout((l) => ({ ...l, widths: { ...l.widths, [column]: width } })),
    move: (column: string, beforeId: string, allIds: readonly string[]) => layout((l) => moveColumn(l, allIds, column, beforeId)),
  };
};

export type ViewStateControls = ReturnType<typeof useViewState>;
