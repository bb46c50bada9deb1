import { formatInstant } from '../grid/cellText.ts';
import { addDataSheet } from './addDataSheet.ts';
import { addListsSheet } from './addListsSheet.ts';
import { excel } from './excel.ts';
import { excelWidth } from './excelWidth.ts';
import type { ExportValue } from './exportValue.ts';
import { exportValue } from './exportValue.ts';
import type { ViewExportInput } from './exportTypes.ts';
import { RECORD_ID_HEADER } from './recordIdHeader.ts';
import { safeSheetName } from './safeSheetName.ts';
import type { SheetColumn } from './sheetColumn.ts';
import { toExcelDate } from './toExcelDate.ts';
import { toSheetColumns } from './toSheetColumns.ts';
import { wrappedLines } from './wrappedLines.ts';

/** Rows below the data that still get dropdowns, for rows people add in Excel before re-importing. */
const SPARE_ROWS = 200;

/** Points per line of the default 11 pt font, and the most lines a row grows to (the rest scrolls in the cell). */
const LINE_HEIGHT = 15;
const MAX_LINES = 8;

/** Excel's limit on a cell's text; a longer one makes Excel "repair" the file and drop content. */
const MAX_CELL_TEXT = 32_767;

const recordIdColumn: SheetColumn = { id: 'id', header: RECORD_ID_HEADER, widthPx: 200, kind: 'recordId', hidden: true };

const excelValue = (value: ExportValue, utcOffsetMinutes: number): Date | number | string | null => {
  switch (value.t) {
    case 'empty':
      return null;
    case 'instant':
    case 'date':
      return toExcelDate(value, utcOffsetMinutes);
    case 'text':
      return value.v.length > MAX_CELL_TEXT ? value.v.slice(0, MAX_CELL_TEXT) : value.v;
    default:
      return value.v;
  }
};

/**
 * The grid's current view as an .xlsx: the rows and visible columns in view order, typed cells
 * (跟进时间 and dates as real dates in the team's time zone, amounts as numbers), dropdowns from the
 * team's lists, and a hidden 记录ID column last so re-importing the file updates the same rows.
 */
export const buildViewWorkbook = async (input: ViewExportInput): Promise<Uint8Array> => {
  const { rows, columns, lookups } = input;
  const book = excel.createWorkbook(input.exportedAt, input.title);
  const { sheetColumns, plan } = toSheetColumns(columns, lookups);
  // Required-column red is for templates; an export shows every header alike.
  const all = [...sheetColumns.map(({ required: _required, ...column }) => column), recordIdColumn];
  const sheet = addDataSheet(book, {
    name: safeSheetName(input.sheetName ?? '', '销售跟进表'),
    columns: all,
    lastRow: rows.length + 1,
    dropdownRows: rows.length + 1 + SPARE_ROWS,
    printHeader: { left: input.title, right: `导出于 ${formatInstant(input.exportedAt, lookups.utcOffsetMinutes)}` },
  });
  const wrapped = columns.flatMap((column, i) => (column.kind === 'longText' ? [{ index: i, width: excelWidth(column.width) }] : []));
  for (const row of rows) {
    const values = columns.map((column) => excelValue(exportValue(row, column, lookups), lookups.utcOffsetMinutes));
    const added = sheet.addRow([...values, row.id]);
    const lines = Math.max(1, ...wrapped.map(({ index, width }) => wrappedLines(String(values[index] ?? ''), width)));
    if (lines > 1) added.height = Math.min(lines, MAX_LINES) * LINE_HEIGHT;
  }
  addListsSheet(book, plan.lists);
  return excel.writeXlsx(book);
};
