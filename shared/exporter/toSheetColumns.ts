import type { GridColumn, GridLookups } from '../grid/gridTypes.ts';
import { dropdownLists, type DropdownPlan } from './dropdownLists.ts';
import { listRange } from './listRange.ts';
import type { SheetColumn } from './sheetColumn.ts';

/** Sheet columns for grid columns, each single-choice one pointing at its list in "_lists". */
export const toSheetColumns = (
  columns: readonly GridColumn[],
  lookups: Pick<GridLookups, 'options' | 'members'>,
): { sheetColumns: SheetColumn[]; plan: DropdownPlan } => {
  const plan = dropdownLists(columns, lookups);
  const refs = new Map(plan.lists.map((list, i) => [list.key, listRange(i, list.values.length)]));
  const sheetColumns = columns.map((column): SheetColumn => {
    const listKey = plan.byColumn.get(column.id);
    const listRef = listKey === undefined ? undefined : refs.get(listKey);
    return {
      id: column.id,
      header: column.label,
      widthPx: column.width,
      kind: column.kind,
      ...(column.required ? { required: true } : {}),
      ...(listRef ? { listRef } : {}),
    };
  });
  return { sheetColumns, plan };
};
