import type { Row, Worksheet } from 'exceljs';
import type { CellRange, ImportCell, ImportSheet } from './importTypes.ts';
import type { CellStats } from './toImportCell.ts';
import { toImportCell } from './toImportCell.ts';

export type SheetRead = { sheet: ImportSheet; stats: CellStats; cutColumns: boolean; tooManyRows: boolean };

type MergeModel = { model?: { top: number; left: number; bottom: number; right: number } };

/** Merged ranges from exceljs's own index (the public `model` getter would serialize the whole sheet). */
const mergesOf = (ws: Worksheet): CellRange[] => {
  const merges = (ws as unknown as { _merges?: Record<string, MergeModel> })._merges ?? {};
  const ranges: CellRange[] = [];
  for (const { model: m } of Object.values(merges)) {
    if (m && (m.bottom > m.top || m.right > m.left)) ranges.push({ top: m.top, bottom: m.bottom, left: m.left - 1, right: m.right - 1 });
  }
  return ranges;
};

/** A row's cells up to its last value (at most `maxColumns`); null when it holds nothing. */
const readRow = (row: Row, maxColumns: number, stats: CellStats, read: SheetRead): ImportCell[] | null => {
  const cells: ImportCell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col > maxColumns) {
      read.cutColumns = true;
      return;
    }
    const value = toImportCell(cell.value, cell.numFmt || undefined, stats);
    if (value.t === 'empty') return;
    while (cells.length < col - 1) cells.push({ t: 'empty' });
    cells[col - 1] = value;
  });
  return cells.length === 0 ? null : cells;
};

/**
 * One exceljs worksheet as an ImportSheet: non-empty rows with their Excel row numbers, merged
 * ranges, hidden state. Stops at `maxRows` rows with values (tooManyRows); `check` throws on timeout.
 */
export const sheetFromExceljs = (ws: Worksheet, limits: { maxRows: number; maxColumns: number }, check: () => void): SheetRead => {
  const stats: CellStats = { formulasWithoutResult: 0 };
  const sheet: ImportSheet = { name: ws.name, hidden: ws.state !== 'visible', rows: [], rowNumbers: [], merges: mergesOf(ws) };
  const read: SheetRead = { sheet, stats, cutColumns: false, tooManyRows: false };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (read.tooManyRows) return;
    if (rowNumber % 2000 === 0) check();
    const cells = readRow(row, limits.maxColumns, stats, read);
    if (!cells) return;
    if (sheet.rows.length >= limits.maxRows) {
      read.tooManyRows = true;
      return;
    }
    sheet.rows.push(cells);
    sheet.rowNumbers.push(rowNumber);
  });
  return read;
};
