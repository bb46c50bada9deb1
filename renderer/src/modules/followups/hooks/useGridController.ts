import { useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { cellText } from '../../../../../shared/grid/cellText.ts';
import { cellValue } from '../../../../../shared/grid/followUpColumns.ts';
import { formatTsv } from '../../../../../shared/grid/formatTsv.ts';
import type { ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import type { GridColumn, GridLookups, GridRecord, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { parseCellText } from '../../../../../shared/grid/parseCellText.ts';
import { parseTsv } from '../../../../../shared/grid/parseTsv.ts';
import type { CellChange } from '../utils/buildCellPatches.ts';
import { followRows, moveSelection, selectCell, selectionRange, type CellPos, type CellRange, type GridSelection } from '../utils/gridSelection.ts';
import { parseClipboardHtml } from '../utils/parseClipboardHtml.ts';
import type { RowPin } from '../utils/placePinnedRows.ts';
import type { GridActions } from './useGridActions.ts';
import { useGridPointer } from './useGridPointer.ts';

/** What a grid shows and edits; `R` is its row (a follow-up by default, a customer on the 客户 page). */
export type GridModel<R extends GridRecord = GridRow> = {
  ids: readonly string[];
  rows: ReadonlyMap<string, R>;
  columns: readonly GridColumn[];
  /** How many leading columns stay put when scrolling sideways. */
  frozen: number;
  lookups: GridLookups;
  rules: readonly ValidationRule[];
  /** The team's today, 'YYYY-MM-DD'. */
  today: string;
  /** The view state the ids come from: when it changes (sort, filter, view), the selection goes back to the top. */
  view: unknown;
  /** Creates a customer by name (typed into 客户) and returns its id; absent where no column names a customer. */
  createCustomer?: (name: string) => Promise<string>;
  /** Keeps rows just added where the user put them (see placePinnedRows). */
  pinRows: (pin: RowPin) => void;
  /** The patch that sets one cell of a row (a new row pasted past the last one is built with it). */
  cellPatch: (row: R, columnId: string, value: unknown) => Partial<R>;
  /** A cell drawn otherwise than as its text (a link, a mark); undefined draws the text. */
  renderCell?: (row: R, column: GridColumn) => ReactNode;
  /** Whether this user may change the row at all (a rep and a colleague's customer); absent = every row. */
  canEditRow?: (row: R) => boolean;
};
/**
 * The open editor: the cell it edits (by ids: rows may move while it is open, when a teammate adds
 * one), its text, the cell's text when it opened (`initial`), and a parse error to show.
 */
export type Editing = { rowId: string; columnId: string; draft: string; initial: string; error: string | null };

const editText = (row: GridRecord, column: GridColumn, lookups: GridLookups): string =>
  column.kind === 'date' ? String(cellValue(row, column.id) ?? '') : cellText(row, column, lookups);

/** Selection, editing, keyboard and clipboard of the grid, Excel's way. */
export const useGridController = <R extends GridRecord>(model: GridModel<R>, actions: GridActions<R>, notify: (count: number, first: string) => void) => {
  const [sel, setSel] = useState<GridSelection>(selectCell({ row: 0, col: 0 }));
  const [editing, setEditing] = useState<Editing | null>(null);
  const { ids, rows, columns, lookups } = model;
  const today = () => model.today;
  const at = (r: number, c: number) => ({ row: rows.get(ids[r] ?? ''), column: columns[c] });
  /** A cell this user may change: not a computed column, not a row they may not write. */
  const editable = (row: R | undefined, column: GridColumn | undefined): row is R => !!row && !!column && !column.readOnly && model.canEditRow?.(row) !== false;
  // When rows come or go (a teammate adds one above), the selection follows its rows, not its indexes.
  // A new sort, filter or view starts again at the top, as in any list.
  const [shown, setShown] = useState({ ids, view: model.view });
  // Bumped when the active cell should be scrolled into sight: keyboard moves, a row just added.
  const [reveal, setReveal] = useState(0);
  // A linked row is brought to the middle; keyboard moves scroll as little as possible.
  const [revealAlign, setRevealAlign] = useState<'auto' | 'center'>('auto');
  if (shown.ids !== ids || shown.view !== model.view) {
    setShown({ ids, view: model.view });
    if (shown.view !== model.view) {
      setSel((s) => selectCell({ row: 0, col: s.focus.col }));
      setReveal((n) => n + 1);
    } else setSel((s) => followRows(s, shown.ids, ids));
  }
  /** The cell the open editor belongs to, wherever its row is now. */
  const editedCell = () => (editing ? { row: rows.get(editing.rowId), column: columns.find((c) => c.id === editing.columnId) } : at(sel.focus.row, sel.focus.col));

  const move = (dRow: number, dCol: number, extend = false) => {
    setSel((s) => moveSelection(s, dRow, dCol, extend, ids.length, columns.length));
    setRevealAlign('auto');
    setReveal((n) => n + 1);
  };
  const startEdit = (initial?: string) => {
    const { row, column } = at(sel.focus.row, sel.focus.col);
    if (!editable(row, column) || !column) return;
    const text = editText(row, column, lookups);
    setEditing({ rowId: row.id, columnId: column.id, draft: initial ?? text, initial: text, error: null });
  };

  /** Closes the editor at once (keys pressed next belong to the grid), then writes. */
  const commitValue = (value: unknown, dRow = 0, dCol = 0) => {
    const { row, column } = editedCell();
    setEditing(null);
    move(dRow, dCol);
    if (row && column) void actions.setCells([{ id: row.id, columnId: column.id, value }]);
  };

  const commitDraft = (dRow: number, dCol: number) => {
    const { row, column } = editedCell();
    if (!editing || !row || !column) return;
    const parsed = parseCellText(editing.draft, column, lookups, row, today());
    if (!parsed.ok) return setEditing({ ...editing, error: parsed.message });
    commitValue(parsed.value, dRow, dCol);
  };

  const clearRange = () => {
    const r = selectionRange(sel);
    const changes: CellChange[] = [];
    for (let i = r.top; i <= r.bottom; i++) for (let c = r.left; c <= r.right; c++) {
      const { row, column } = at(i, c);
      if (editable(row, column) && column) changes.push({ id: row.id, columnId: column.id, value: undefined });
    }
    void actions.setCells(changes);
  };

  /** Rows `from`..`to` filled from the source rows `top`..`top + height - 1`, repeated (Excel's copy fill). */
  const fillRows = (r: CellRange, height: number, from: number, to: number) => {
    const changes: CellChange[] = [];
    for (let c = r.left; c <= r.right; c++) {
      const column = columns[c];
      if (!column || column.readOnly) continue;
      for (let i = from; i <= to; i++) {
        const source = at(r.top + ((i - from) % height), c).row;
        const target = at(i, c).row;
        if (source && editable(target, column)) changes.push({ id: target.id, columnId: column.id, value: cellValue(source, column.id) });
      }
    }
    void actions.setCells(changes);
  };

  /** Ctrl+D: the top row of the range copied into the rows below it. */
  const fillDown = () => {
    const r = selectionRange(sel);
    fillRows(r, 1, r.top + 1, r.bottom);
  };

  const pointer = useGridPointer(sel, setSel, fillRows);

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing) return onEditorKey(e);
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key;
    const handled = (() => {
      if (key === 'ArrowDown') return move(ctrl ? ids.length : 1, 0, e.shiftKey), true;
      if (key === 'ArrowUp') return move(ctrl ? -ids.length : -1, 0, e.shiftKey), true;
      if (key === 'ArrowRight') return move(0, ctrl ? columns.length : 1, e.shiftKey), true;
      if (key === 'ArrowLeft') return move(0, ctrl ? -columns.length : -1, e.shiftKey), true;
      if (key === 'PageDown') return move(20, 0, e.shiftKey), true;
      if (key === 'PageUp') return move(-20, 0, e.shiftKey), true;
      if (key === 'Tab') return move(0, e.shiftKey ? -1 : 1), true;
      if (key === 'Enter' || key === 'F2') return startEdit(), true;
      if (key === 'Delete' || key === 'Backspace') return clearRange(), true;
      if (ctrl && key.toLowerCase() === 'z') return void (e.shiftKey ? actions.redo() : actions.undo()), true;
      if (ctrl && key.toLowerCase() === 'y') return void actions.redo(), true;
      if (ctrl && key.toLowerCase() === 'd') return fillDown(), true;
      if (!ctrl && !e.altKey && key.length === 1) return startEdit(key), true;
      return false;
    })();
    if (handled) e.preventDefault();
  };

  const onEditorKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return (e.preventDefault(), setEditing(null));
    // Alt+Enter (Excel) or Shift+Enter starts a new line in a multi-line cell.
    if (e.key === 'Enter' && (e.altKey || e.shiftKey)) {
      if (e.altKey && editing) setEditing({ ...editing, draft: `${editing.draft}\n` });
      return e.altKey ? e.preventDefault() : undefined;
    }
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      commitDraft(e.key === 'Enter' ? 1 : 0, e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0);
    }
  };

  const onCopy = (e: ClipboardEvent) => {
    if (editing) return;
    const r = selectionRange(sel);
    const cells: string[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const line: string[] = [];
      for (let c = r.left; c <= r.right; c++) {
        const { row, column } = at(i, c);
        line.push(row && column ? cellText(row, column, lookups) : '');
      }
      cells.push(line);
    }
    e.clipboardData.setData('text/plain', formatTsv(cells));
    e.preventDefault();
  };

  const onPaste = (e: ClipboardEvent) => {
    if (editing) return;
    e.preventDefault();
    const html = e.clipboardData.getData('text/html');
    const block = (html && parseClipboardHtml(html)) || parseTsv(e.clipboardData.getData('text/plain'));
    if (block.length) void pasteBlock(block);
  };

  const pasteBlock = async (block: string[][]) => {
    const start = selectionRange(sel);
    const changes: CellChange[] = [];
    const newRows: Partial<R>[] = [];
    const errors: string[] = [];
    block.forEach((line, i) => {
      const existing = rows.get(ids[start.top + i] ?? '');
      // Rows beyond the end of the view become new rows, as in Excel.
      let fresh = { custom: {} } as unknown as R;
      line.forEach((text, j) => {
        const column = columns[start.left + j];
        if (!column || column.readOnly || (existing && !editable(existing, column))) return;
        const parsed = parseCellText(text, column, lookups, existing ?? fresh, today());
        if (!parsed.ok) return void errors.push(parsed.message);
        if (existing) changes.push({ id: existing.id, columnId: column.id, value: parsed.value });
        else if (parsed.value !== undefined) fresh = { ...fresh, ...model.cellPatch(fresh, column.id, parsed.value) };
      });
      if (!existing) newRows.push(fresh);
    });
    const added = await actions.setCells(changes, newRows);
    if (added.length) model.pinRows({ ids: added, afterId: ids.at(-1) ?? null });
    setSel({ anchor: { row: start.top, col: start.left }, focus: { row: start.top + block.length - 1, col: Math.min(columns.length - 1, start.left + (block[0]?.length ?? 1) - 1) } });
    if (errors.length) notify(errors.length, errors[0] ?? '');
  };

  /** Selects a cell and scrolls it into sight (a row just added). */
  const focusCell = (pos: CellPos) => {
    setSel(selectCell(pos));
    setRevealAlign('auto');
    setReveal((n) => n + 1);
  };
  /** Selects a whole row, its first cell active, and scrolls it into sight (a link to the row). */
  const selectRow = (row: number) => {
    setSel({ anchor: { row, col: Math.max(0, columns.length - 1) }, focus: { row, col: 0 } });
    setRevealAlign('center');
    setReveal((n) => n + 1);
  };
  return { sel, setSel, reveal, revealAlign, focusCell, selectRow, editing, setEditing, ...pointer, onKeyDown, onCopy, onPaste, commitValue, startEdit };
};
