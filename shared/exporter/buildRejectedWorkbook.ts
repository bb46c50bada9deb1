import { cellDisplayText } from '../importer/cellDisplayText.ts';
import { headerKey } from '../importer/headerKey.ts';
import type { HeaderGuess, ImportCell, ImportSheet } from '../importer/importTypes.ts';
import { REJECTED_COLUMNS } from '../importer/rejectedColumns.ts';
import { columnLetter } from './columnLetter.ts';
import { excel, type CellStyle, type Worksheet } from './excel.ts';
import { safeSheetName } from './safeSheetName.ts';
import { wrappedLines } from './wrappedLines.ts';

export type RejectedWorkbookInput = {
  sheet: ImportSheet;
  header: HeaderGuess;
  /** The rows not imported: their Excel row number (as in ImportSheet.rowNumbers) and why. */
  rows: readonly { rowNumber: number; reasons: readonly string[] }[];
  /** The imported file's name, for the workbook's title. */
  fileName: string;
  /** Epoch ms stamped in the file, so the same input gives the same bytes. */
  exportedAt: number;
};

type CellValue = string | number | boolean | Date | { error: ErrorText } | null;
type ErrorText = '#N/A' | '#REF!' | '#NAME?' | '#DIV/0!' | '#NULL!' | '#VALUE!' | '#NUM!';

const ERRORS: readonly string[] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'] satisfies ErrorText[];
const isErrorText = (v: string): v is ErrorText => ERRORS.includes(v);

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1899-12-30) to 1970-01-01: exceljs writes a Date's UTC fields as that serial. */
const UNIX_EPOCH_SERIAL = 25569;
const MAX_CELL_TEXT = 32_767;
const LINE_HEIGHT = 15;
const MAX_LINES = 8;

const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } } as const;
// Excel's own "Bad" cell style: the column people read first, row by row.
const reasonFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
const reasonFont = { color: { argb: 'FF9C0006' } };

const defaultDateFormat = (serial: number): string => (serial < 1 ? 'hh:mm' : Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm');

/** A cell written back as it was read: text stays text (phone numbers keep their 0), numbers and dates keep their formats. */
const written = (cell: ImportCell | undefined): { value: CellValue; numFmt?: string } => {
  switch (cell?.t) {
    case undefined:
    case 'empty':
      return { value: null };
    case 'text':
      return { value: cell.v.slice(0, MAX_CELL_TEXT), numFmt: '@' };
    case 'number':
      return { value: cell.v, ...(cell.numFmt && cell.numFmt !== 'General' ? { numFmt: cell.numFmt } : {}) };
    case 'date':
      return { value: new Date(Math.round((cell.v - UNIX_EPOCH_SERIAL) * DAY_MS)), numFmt: cell.numFmt ?? defaultDateFormat(cell.v) };
    case 'bool':
      return { value: cell.v };
    case 'error':
      return { value: isErrorText(cell.v) ? { error: cell.v } : cell.v };
  }
};

/** About how wide a text shows, in Excel's character units (CJK characters take two). */
const textWidth = (text: string): number => Math.max(0, ...text.split('\n').map((line) => [...line].reduce((w, ch) => w + (/[^\x20-\x7e]/.test(ch) ? 2 : 1.1), 0)));

// reduce, not Math.max(...): a file may give back 100,000 rows, more arguments than a call takes.
const widthOf = (texts: readonly string[], min: number, max: number): number => Math.min(max, Math.max(min, Math.ceil(texts.reduce((w, text) => Math.max(w, textWidth(text)), 0) + 2)));

/** Columns of the original sheet to give back: all but the notes of an earlier rejected-rows workbook, which this one writes afresh. */
const keptColumns = (header: HeaderGuess, rows: readonly (readonly ImportCell[])[]): number[] => {
  const width = rows.reduce((w, r) => Math.max(w, r.length), header.headers.length);
  const ours = new Set(Object.values(REJECTED_COLUMNS).map(headerKey));
  return Array.from({ length: width }, (_v, c) => c).filter((c) => !ours.has(headerKey(header.headers[c] ?? '')));
};

const styleHeader = (sheet: Worksheet, count: number): void => {
  const row = sheet.getRow(1);
  for (let c = 1; c <= count; c++) {
    const style: CellStyle = { font: { bold: true, ...(c === 2 ? reasonFont : {}) }, fill: c === 2 ? reasonFill : headerFill, alignment: { vertical: 'middle', wrapText: true } };
    row.getCell(c).style = style;
  }
  row.height = 22;
};

/** One rejected row: its number, its reasons (highlighted) and its cells as read. */
const addRejectedRow = (sheet: Worksheet, rowNumber: number, reason: string, cells: readonly ImportCell[], kept: readonly number[], reasonWidth: number): void => {
  const row = sheet.addRow([rowNumber, reason]);
  const reasonCell = row.getCell(2);
  reasonCell.fill = reasonFill;
  reasonCell.font = reasonFont;
  kept.forEach((c, k) => {
    const { value, numFmt } = written(cells[c]);
    if (value === null) return;
    const cell = row.getCell(k + 3);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  });
  const lines = wrappedLines(reason, reasonWidth);
  if (lines > 1) row.height = Math.min(lines, MAX_LINES) * LINE_HEIGHT;
};

/**
 * The rows an import rejected as an .xlsx to fix and import again: 原行号 and 未导入原因 (highlighted)
 * on the left, then the file's own titles and the rows' cells as read, typed (text, numbers, dates),
 * with a frozen header and an autofilter. The importer never maps the two added columns.
 */
export const buildRejectedWorkbook = async (input: RejectedWorkbookInput): Promise<Uint8Array> => {
  const { sheet: source, header } = input;
  const indexOf = new Map(source.rowNumbers.map((n, i) => [n, i]));
  const cells = input.rows.map((r) => source.rows[indexOf.get(r.rowNumber) ?? -1] ?? []);
  const kept = keptColumns(header, cells);
  const reasons = input.rows.map((r) => r.reasons.join('；'));
  const titles = [REJECTED_COLUMNS.rowNumber, REJECTED_COLUMNS.reasons, ...kept.map((c) => header.headers[c] ?? '')];

  const book = excel.createWorkbook(input.exportedAt, `${input.fileName} · 未导入的行`);
  const sheet = book.addWorksheet(safeSheetName(source.name, '未导入的行'), { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const reasonWidth = widthOf([REJECTED_COLUMNS.reasons, ...reasons], 14, 40);
  // Widths from the first rows' text: enough to read, capped so one long cell does not push the rest away.
  const sample = cells.slice(0, 500);
  sheet.columns = [
    { width: 8, style: { alignment: { vertical: 'top' } } },
    { width: reasonWidth, style: { alignment: { vertical: 'top', wrapText: true } } },
    ...kept.map((c, k) => ({ width: widthOf([titles[k + 2] ?? '', ...sample.map((r) => cellDisplayText(r[c]))], 6, 40), style: { alignment: { vertical: 'top' as const } } })),
  ];
  sheet.addRow(titles);
  styleHeader(sheet, titles.length);
  input.rows.forEach((r, i) => addRejectedRow(sheet, r.rowNumber, reasons[i] ?? '', cells[i] ?? [], kept, reasonWidth));
  sheet.autoFilter = `A1:${columnLetter(titles.length)}${input.rows.length + 1}`;
  return excel.writeXlsx(book);
};
