import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from '../../../../../shared/grid/cellText.ts';
import { validateRow } from '../../../../../shared/grid/validateRow.ts';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import type { Editing, GridModel } from '../hooks/useGridController.ts';
import { inRange, type CellPos, type CellRange } from '../utils/gridSelection.ts';
import { CellEditor } from './CellEditor.tsx';

type Props = {
  row: GridRow;
  index: number;
  top: number;
  model: GridModel;
  /** Where each column starts (computed once per grid render, not per row). */
  lefts: readonly number[];
  range: CellRange;
  focus: CellPos;
  editing: Editing | null;
  onDraft: (draft: string) => void;
  onChoose: (value: unknown) => void;
  onCellMouseDown: (col: number, shift: boolean) => void;
  onCellDoubleClick: () => void;
};

const overdueClass = (row: GridRow, today: string) => (row.nextDate && row.nextDate < today ? ' cell-overdue' : row.nextDate === today ? ' cell-due-today' : '');

/** One grid row: number (with the row's problems), then its cells; the active cell may hold an editor. */
export const GridRowView = memo(({ row, index, top, model, lefts, range, focus, editing, onDraft, onChoose, onCellMouseDown, onCellDoubleClick }: Props) => {
  const { t } = useTranslation();
  const issues = validateRow(row, model.rules, model.columns);
  const today = model.today;
  return (
    <div className={`grid-row${row.conflicts.length ? ' grid-row-conflict' : ''}`} role="row" aria-rowindex={index + 1} style={{ top }}>
      <div className={`grid-rownum${issues.length ? ' grid-rownum-invalid' : ''}`} title={issues.length ? t('grid.invalidRow', { messages: issues.map((i) => i.message).join(t('grid.listSeparator')) }) : undefined} data-invalid={issues.length > 0 || undefined}>
        {issues.length ? '!' : index + 1}
      </div>
      {model.columns.map((column, col) => {
        const active = focus.row === index && focus.col === col;
        const style = { left: lefts[col], width: column.width };
        const cls = `grid-cell${col === 0 ? ' grid-frozen' : ''}${inRange(range, index, col) ? ' cell-selected' : ''}${active ? ' cell-active' : ''}${column.id === 'nextDate' ? overdueClass(row, today) : ''}`;
        return (
          <div key={column.id} role="gridcell" className={cls} style={style} aria-selected={active} onMouseDown={(e) => {
            if (active && editing) return;
            // Keep focus on the grid's key catcher rather than the clicked cell.
            e.preventDefault();
            onCellMouseDown(col, e.shiftKey);
          }} onDoubleClick={onCellDoubleClick}>
            {active && editing ? (
              <>
                <CellEditor row={row} column={column} lookups={model.lookups} draft={editing.draft} onDraft={onDraft} onChoose={onChoose} />
                {editing.error ? <div className="cell-error" role="alert">{editing.error}</div> : null}
              </>
            ) : (
              cellText(row, column, model.lookups)
            )}
          </div>
        );
      })}
    </div>
  );
});
GridRowView.displayName = 'GridRowView';
