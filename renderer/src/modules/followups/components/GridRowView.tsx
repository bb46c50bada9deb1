import { memo, type MouseEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from '../../../../../shared/grid/cellText.ts';
import { cellValue } from '../../../../../shared/grid/followUpColumns.ts';
import { validateRow } from '../../../../../shared/grid/validateRow.ts';
import type { GridColumn, GridRecord } from '../../../../../shared/grid/gridTypes.ts';
import type { Editing, GridModel } from '../hooks/useGridController.ts';
import { inRange, type CellPos, type CellRange } from '../utils/gridSelection.ts';
import type { CellPresence } from '../utils/presenceByRow.ts';
import { CellEditor } from './CellEditor.tsx';
import { PresenceBadge } from './PresenceBadge.tsx';

type Props<R extends GridRecord> = {
  row: R;
  index: number;
  top: number;
  model: GridModel<R>;
  /** Where each column starts (computed once per grid render, not per row). */
  lefts: readonly number[];
  range: CellRange;
  /** Rows below the selection the fill handle is being pulled over, or null. */
  fillTo: number | null;
  focus: CellPos;
  editing: Editing | null;
  /** Teammates editing cells of this row. */
  presence?: readonly CellPresence[];
  onDraft: (draft: string) => void;
  onChoose: (value: unknown, dRow?: number, dCol?: number) => void;
  onCellMouseDown: (col: number, shift: boolean) => void;
  onCellEnter: (col: number) => void;
  onCellDoubleClick: () => void;
  onFillStart: () => void;
};

const overdueClass = (row: GridRecord, today: string) => {
  const next = cellValue(row, 'nextDate');
  return typeof next !== 'string' || next === '' ? '' : next < today ? ' cell-overdue' : next === today ? ' cell-due-today' : '';
};

/** The field a conflict entry names for a column: custom fields merge as one `custom` field. */
const conflictField = (column: GridColumn) => (column.id.startsWith('custom.') ? 'custom' : column.id);

/** One grid row: number (with the row's problems), then its cells; the active cell may hold an editor. */
const RowView = <R extends GridRecord>(props: Props<R>) => {
  const { row, index, top, model, lefts, range, fillTo, focus, editing, presence } = props;
  const { t } = useTranslation();
  const issues = validateRow(row, model.rules, model.columns);
  const conflicted = new Set(row.conflicts.map((c) => c.field));
  const inFill = fillTo !== null && index > range.bottom && index <= fillTo;
  return (
    <div className={`grid-row${row.conflicts.length ? ' grid-row-conflict' : ''}`} role="row" aria-rowindex={index + 1} style={{ top }}>
      <div className={`grid-rownum${issues.length ? ' grid-rownum-invalid' : ''}`} title={issues.length ? t('grid.invalidRow', { messages: issues.map((i) => i.message).join(t('grid.listSeparator')) }) : undefined} data-invalid={issues.length > 0 || undefined}>
        {issues.length ? '!' : index + 1}
      </div>
      {model.columns.map((column, col) => {
        const active = focus.row === index && focus.col === col;
        const editors = presence?.filter((p) => p.field === column.id);
        const conflict = conflicted.has(conflictField(column));
        const cls = `grid-cell${col < model.frozen ? ' grid-frozen' : ''}${inRange(range, index, col) ? ' cell-selected' : ''}${active ? ' cell-active' : ''}${active && editing ? ' cell-editing' : ''}${column.id === 'nextDate' ? overdueClass(row, model.today) : ''}${inFill && col >= range.left && col <= range.right ? ' cell-fill-target' : ''}${conflict ? ' cell-conflict' : ''}`;
        const onMouseDown = (e: MouseEvent) => {
          if (active && editing) return;
          // Keep focus on the grid's key catcher rather than the clicked cell.
          e.preventDefault();
          props.onCellMouseDown(col, e.shiftKey);
        };
        return (
          <div key={column.id} role="gridcell" className={cls} style={{ left: lefts[col], width: column.width }} aria-selected={active} title={conflict ? t('grid.cellConflict') : undefined} onMouseDown={onMouseDown} onMouseEnter={() => props.onCellEnter(col)} onDoubleClick={props.onCellDoubleClick}>
            {active && editing ? (
              <>
                <CellEditor row={row} column={column} model={model} editing={editing} onDraft={props.onDraft} onChoose={props.onChoose} />
                {editing.error ? <div className="cell-error" role="alert">{editing.error}</div> : null}
              </>
            ) : (
              (model.renderCell?.(row, column) ?? cellText(row, column, model.lookups))
            )}
            {editors?.length ? <PresenceBadge editors={editors} /> : null}
            {!editing && index === range.bottom && col === range.right ? (
              <span className="fill-handle" aria-hidden="true" title={t('grid.fillHint')} data-testid="fill-handle" onMouseDown={(e) => (e.preventDefault(), e.stopPropagation(), props.onFillStart())} />
            ) : null}
          </div>
        );
      })}
    </div>
  );
};

/** Memoized: a row re-renders only when its own props change (memo drops the type parameter, hence the cast). */
export const GridRowView = memo(RowView) as <R extends GridRecord>(props: Props<R>) => ReactElement;
