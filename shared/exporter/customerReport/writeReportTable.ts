import type { Worksheet } from '../excel.ts';
import { wrappedLines } from '../wrappedLines.ts';
import { cellStyle, headerStyle, REPORT_COLUMNS, REPORT_WIDTHS, sectionStyle } from './customerReportStyles.ts';

export type CellValue = string | number | Date | null;
/** A column of a section's table: which sheet columns it spans (1-based, inclusive), its header and format. */
export type ReportColumn = { from: number; to: number; header: string; numFmt?: string; wrap?: boolean; align?: 'left' | 'center' | 'right' };

const LINE_PT = 14;
const MAX_LINES = 12;

const spanWidth = (c: { from: number; to: number }): number => REPORT_WIDTHS.slice(c.from - 1, c.to).reduce((a, b) => a + b, 0);

/** A section's title line across the sheet, blue and underlined, with a little air above it. */
export const writeSectionTitle = (sheet: Worksheet, row: number, title: string): number => {
  sheet.mergeCells(row, 1, row, REPORT_COLUMNS);
  const cell = sheet.getCell(row, 1);
  cell.value = title;
  for (let c = 1; c <= REPORT_COLUMNS; c++) sheet.getCell(row, c).style = sectionStyle;
  sheet.getRow(row).height = 24;
  return row + 1;
};

/** One row of cells over their spans, tall enough for its longest wrapped text. */
export const writeSpans = (sheet: Worksheet, row: number, spans: readonly (ReportColumn & { value: CellValue; muted?: boolean; bold?: boolean })[]): number => {
  let lines = 1;
  for (const s of spans) {
    if (s.to > s.from) sheet.mergeCells(row, s.from, row, s.to);
    const style = cellStyle({ ...(s.numFmt ? { numFmt: s.numFmt } : {}), wrap: s.wrap ?? false, ...(s.align ? { align: s.align } : {}), muted: s.muted ?? false, bold: s.bold ?? false });
    for (let c = s.from; c <= s.to; c++) sheet.getCell(row, c).style = style;
    sheet.getCell(row, s.from).value = s.value === '' ? null : s.value;
    if (s.wrap && typeof s.value === 'string') lines = Math.max(lines, wrappedLines(s.value, spanWidth(s)));
  }
  sheet.getRow(row).height = Math.min(lines, MAX_LINES) * LINE_PT + 4;
  return row + 1;
};

/**
 * A section: its title, a header row, then one row per item (or one muted line saying there is none).
 * Returns the next free row, leaving a blank one after.
 */
export const writeReportTable = (sheet: Worksheet, row: number, title: string, columns: readonly ReportColumn[], rows: readonly CellValue[][], empty: string): number => {
  let r = writeSectionTitle(sheet, row, title);
  for (const c of columns) {
    if (c.to > c.from) sheet.mergeCells(r, c.from, r, c.to);
    for (let k = c.from; k <= c.to; k++) sheet.getCell(r, k).style = headerStyle;
    sheet.getCell(r, c.from).value = c.header;
  }
  sheet.getRow(r).height = 20;
  r += 1;
  if (rows.length === 0) return writeSpans(sheet, r, [{ from: 1, to: REPORT_COLUMNS, header: '', value: empty, muted: true }]) + 1;
  for (const values of rows) r = writeSpans(sheet, r, columns.map((c, i) => ({ ...c, value: values[i] ?? null })));
  return r + 1;
};
