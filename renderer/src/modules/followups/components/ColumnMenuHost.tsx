import type { GridLookups, ViewState } from '../../../../../shared/grid/gridTypes.ts';
import type { GridView } from '../hooks/useGridView.ts';
import type { ViewStateControls } from '../hooks/useViewState.ts';
import { ColumnMenu } from './ColumnMenu.tsx';
import { ColumnsPanel } from './ColumnsPanel.tsx';

/** Which popover is open: one column's menu (under its header) or the columns panel. */
export type MenuTarget = { type: 'column'; columnId: string; anchor: DOMRect } | { type: 'columns' };

/** What the popovers read and change of a view: the follow-up grid's controls, or another grid's with the same methods. */
export type MenuViewControls = Pick<ViewStateControls, 'setLayout' | 'setColumnSort' | 'setFilter' | 'hide' | 'freeze'> & { state: Pick<ViewState, 'columns' | 'sort' | 'filters'> };

type Props = { menu: MenuTarget | null; onClose: () => void; vs: MenuViewControls; view: Pick<GridView, 'allColumns' | 'columns' | 'frozen'>; lookups: GridLookups };

/** Renders the open popover and turns its choices into view changes. */
export const ColumnMenuHost = ({ menu, onClose, vs, view, lookups }: Props) => {
  if (!menu) return null;
  if (menu.type === 'columns') return <ColumnsPanel allColumns={view.allColumns} layout={vs.state.columns} onChange={vs.setLayout} onClose={onClose} />;
  const index = view.columns.findIndex((c) => c.id === menu.columnId);
  const column = view.columns[index];
  if (!column) return null;
  const done = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => (f(...a), onClose());
  return (
    <ColumnMenu
      column={column}
      lookups={lookups}
      anchor={menu.anchor}
      sort={vs.state.sort.find((s) => s.column === column.id)}
      filter={vs.state.filters.find((f) => f.column === column.id)}
      frozenHere={index > 0 && index === view.frozen - 1}
      canHide={index > 0 || view.columns.length > 1}
      onSort={done((spec) => vs.setColumnSort(column.id, spec))}
      onFilter={done((filter) => vs.setFilter(column.id, filter))}
      onHide={done(() => vs.hide(column.id))}
      onFreeze={done((freeze: boolean) => vs.freeze(freeze ? index + 1 : 1))}
      onClose={onClose}
    />
  );
};
