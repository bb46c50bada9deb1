import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRecord, SortSpec } from '../../../../../shared/grid/gridTypes.ts';
import type { GridActions } from '../hooks/useGridActions.ts';
import { useGridController, type GridModel } from '../hooks/useGridController.ts';
import type { ViewLine } from '../hooks/useGridView.ts';
import { columnOffsets } from '../utils/columnOffsets.ts';
import type { CellPresence } from '../utils/presenceByRow.ts';
import { selectionRange } from '../utils/gridSelection.ts';
import { GridGroupRow } from './GridGroupRow.tsx';
import { GridHeader, type HeaderCallbacks } from './GridHeader.tsx';
import { GridRowView } from './GridRowView.tsx';

type Props<R extends GridRecord> = {
  model: GridModel<R>;
  /** Group headers and rows when the view is grouped, else null. */
  lines: readonly ViewLine[] | null;
  actions: GridActions<R>;
  sort: SortSpec[];
  header: HeaderCallbacks & { filtered: ReadonlySet<string> };
  onToggleGroup: (key: string) => void;
  onSelectedIds: (ids: string[]) => void;
  notify: (count: number, first: string) => void;
  /** A row to make active once it is in the view (a row just added), then `onFocused`. */
  focusId: string | null;
  onFocused: () => void;
  /** A row a link points to: selected whole and scrolled to once it is in the view, then `onLinked`. */
  linkedId?: string | null;
  onLinked?: () => void;
  /** Teammates' open editors, by row id. */
  presence?: ReadonlyMap<string, readonly CellPresence[]>;
  /** Tells teammates which cell this user is editing (null when none). */
  onEditingCell?: (cell: { id: string; field: string } | null) => void;
  /** Names the grid for tests (followup-grid, customer-grid). */
  testId: string;
};

const ROW_HEIGHT = 32;
const ROW_NUMBER_WIDTH = 48;

/** Where each selectable row sits among the lines (group headers take lines too). */
const lineIndexes = (lines: readonly ViewLine[] | null): number[] | null => {
  if (!lines) return null;
  const at: number[] = [];
  lines.forEach((line, i) => {
    if (line.type === 'row') at[line.index] = i;
  });
  return at;
};

/**
 * A virtualized spreadsheet over the view's rows (the 销售跟进表, the 客户 list); only the visible rows
 * are in the DOM. Excel's keyboard, selection, clipboard, fill and undo come with it.
 */
export const DataGrid = <R extends GridRecord>({ model, lines, actions, sort, header, onToggleGroup, onSelectedIds, notify, focusId, onFocused, linkedId = null, onLinked, presence, onEditingCell, testId }: Props<R>) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const catcherRef = useRef<HTMLTextAreaElement>(null);
  const grid = useGridController(model, actions, notify);
  const lineOf = useMemo(() => lineIndexes(lines), [lines]);
  // Rows sit one header height below their virtual offset (the sticky header): scrolling a row into
  // sight at the bottom must go that much further, or the row stays just below the edge.
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual hands out new functions each render; this component is not compiler-memoized
  const virtualizer = useVirtualizer({ count: lines ? lines.length : model.ids.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12, scrollPaddingEnd: ROW_HEIGHT });
  const range = selectionRange(grid.sel);
  const width = model.columns.reduce((sum, c) => sum + c.width, ROW_NUMBER_WIDTH);
  const lefts = columnOffsets(model.columns.map((c) => c.width), ROW_NUMBER_WIDTH);
  const fillTo = grid.drag?.mode === 'fill' ? grid.drag.to : null;

  // Scrolls only when asked (keyboard moves, a new view, a row just added): a teammate's row arriving
  // or a group folding never moves what you are looking at.
  const focusLine = lineOf ? (lineOf[grid.sel.focus.row] ?? 0) : grid.sel.focus.row;
  useEffect(() => {
    if (grid.reveal > 0) virtualizer.scrollToIndex(focusLine, { align: grid.revealAlign });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `reveal` is the trigger; focusLine is read then
  }, [grid.reveal, virtualizer]);
  const { focusCell, selectRow } = grid;
  useEffect(() => {
    const index = focusId ? model.ids.indexOf(focusId) : -1;
    if (index < 0) return;
    focusCell({ row: index, col: 0 });
    onFocused();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focusCell is a fresh closure each render; focusId is the trigger
  }, [focusId, model.ids, onFocused]);
  useEffect(() => {
    const index = linkedId ? model.ids.indexOf(linkedId) : -1;
    if (index < 0) return;
    selectRow(index);
    onLinked?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- selectRow is a fresh closure each render; linkedId is the trigger
  }, [linkedId, model.ids, onLinked]);
  useEffect(() => {
    onSelectedIds(model.ids.slice(range.top, range.bottom + 1));
  }, [range.top, range.bottom, model.ids, onSelectedIds]);
  // Back to the key catcher after an editor closes, so the keyboard (and the IME) keeps working.
  const editingCell = grid.editing ? `${grid.editing.rowId}\u0000${grid.editing.columnId}` : null;
  useEffect(() => {
    if (!editingCell) catcherRef.current?.focus({ preventScroll: true });
    const [id = '', field = ''] = editingCell?.split('\u0000') ?? [];
    onEditingCell?.(editingCell ? { id, field } : null);
  }, [editingCell, onEditingCell]);
  /** Text typed into a cell that is not being edited (an IME's Chinese, or a paste of one word) starts editing with it. */
  const caught = (text: string) => {
    if (catcherRef.current) catcherRef.current.value = '';
    if (text) grid.startEdit(text);
  };

  const renderRow = (index: number, top: number) => {
    const row = model.rows.get(model.ids[index] ?? '');
    if (!row) return null;
    return (
      <GridRowView
        key={row.id}
        row={row}
        index={index}
        top={top}
        model={model}
        lefts={lefts}
        range={range}
        fillTo={fillTo}
        focus={grid.sel.focus}
        editing={grid.editing?.rowId === row.id ? grid.editing : null}
        presence={presence?.get(row.id)}
        onDraft={(draft) => grid.setEditing((e) => e && { ...e, draft, error: null })}
        onChoose={(value, dRow, dCol) => grid.commitValue(value, dRow, dCol)}
        onCellMouseDown={(col, shift) => (catcherRef.current?.focus({ preventScroll: true }), grid.onCellMouseDown(index, col, shift))}
        onCellEnter={(col) => grid.onCellEnter(index, col)}
        onCellDoubleClick={() => grid.startEdit()}
        onFillStart={grid.startFill}
      />
    );
  };

  return (
    <div
      ref={scrollRef}
      className={`grid-scroll${grid.drag ? ' grid-dragging' : ''}`}
      role="grid"
      aria-rowcount={model.ids.length}
      aria-colcount={model.columns.length}
      tabIndex={0}
      data-testid={testId}
      onKeyDown={grid.onKeyDown}
      onCopy={grid.onCopy}
      onPaste={grid.onPaste}
    >
      <textarea
        ref={catcherRef}
        className="grid-keycatcher"
        aria-label={t('grid.editHint')}
        onInput={(e) => !(e.nativeEvent as InputEvent).isComposing && caught(e.currentTarget.value)}
        onCompositionEnd={(e) => caught(e.currentTarget.value)}
      />
      <div style={{ width, height: virtualizer.getTotalSize() + ROW_HEIGHT, position: 'relative' }}>
        <GridHeader columns={model.columns} lefts={lefts} frozen={model.frozen} sort={sort} {...header} />
        {virtualizer.getVirtualItems().map((item) => {
          const top = item.start + ROW_HEIGHT;
          const line = lines?.[item.index];
          if (!line) return renderRow(item.index, top);
          if (line.type === 'row') return renderRow(line.index, top);
          return <GridGroupRow key={`group:${line.group.key}`} group={line.group} collapsed={line.collapsed} top={top} onToggle={onToggleGroup} />;
        })}
      </div>
    </div>
  );
};
