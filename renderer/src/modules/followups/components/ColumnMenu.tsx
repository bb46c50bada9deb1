import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnFilter, GridColumn, GridLookups, SortSpec } from '../../../../../shared/grid/gridTypes.ts';
import { useDismiss } from '../hooks/useDismiss.ts';
import { columnLabel } from '../utils/columnLabel.ts';
import { ColumnFilterEditor } from './ColumnFilterEditor.tsx';

export type ColumnMenuActions = {
  onSort: (spec: SortSpec | null) => void;
  onFilter: (filter: ColumnFilter | null) => void;
  onHide: () => void;
  /** Freeze the columns up to and including this one (or back to the first column only). */
  onFreeze: (frozen: boolean) => void;
  onClose: () => void;
};

type Props = ColumnMenuActions & {
  column: GridColumn;
  lookups: GridLookups;
  anchor: DOMRect;
  sort: SortSpec | undefined;
  filter: ColumnFilter | undefined;
  /** Whether the frozen columns end at this one (beyond the first). */
  frozenHere: boolean;
  canHide: boolean;
};

const MENU_WIDTH = 280;

/** A column header's menu: sort, filter, hide, freeze — Excel's header dropdown. */
export const ColumnMenu = ({ column, lookups, anchor, sort, filter, frozenHere, canHide, onSort, onFilter, onHide, onFreeze, onClose }: Props) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, onClose);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - MENU_WIDTH - 8));
  return (
    <div ref={ref} className="column-menu" role="dialog" aria-label={t('grid.columnMenu', { column: columnLabel(t, column) })} style={{ left, top: anchor.bottom + 2, width: MENU_WIDTH }}>
      <div className="column-menu-row">
        <button type="button" aria-pressed={sort?.desc === false} onClick={() => onSort({ column: column.id, desc: false })}>{t('grid.menu.sortAsc')}</button>
        <button type="button" aria-pressed={sort?.desc === true} onClick={() => onSort({ column: column.id, desc: true })}>{t('grid.menu.sortDesc')}</button>
        {sort ? <button type="button" onClick={() => onSort(null)}>{t('grid.menu.sortClear')}</button> : null}
      </div>
      <h3>{t('grid.menu.filter')}</h3>
      <ColumnFilterEditor column={column} lookups={lookups} current={filter} onApply={onFilter} />
      <div className="column-menu-row column-menu-layout">
        <button type="button" disabled={!canHide} onClick={onHide}>{t('grid.menu.hide')}</button>
        <button type="button" onClick={() => onFreeze(!frozenHere)}>{frozenHere ? t('grid.menu.unfreeze') : t('grid.menu.freeze')}</button>
      </div>
    </div>
  );
};
