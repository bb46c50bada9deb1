import { columnLetter } from './columnLetter.ts';
import { columnStyle } from './columnStyle.ts';
import { excel, type Workbook, type Worksheet } from './excel.ts';
import { excelWidth } from './excelWidth.ts';
import type { SheetColumn } from './sheetColumn.ts';

export type DataSheetSpec = {
  name: string;
  columns: readonly SheetColumn[];
  /** The last row (1-based) the autofilter covers: the header alone is 1. */
  lastRow: number;
  /** The last row the dropdowns cover (never whole columns: those hang exceljs's reader). */
  dropdownRows: number;
  /** Printed page header: left and right parts. */
  printHeader: { left: string; right: string };
};

const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } } as const;
const requiredColor = 'FFC00000';

/** Text inside an Excel header/footer: '&' starts a code there. */
const printText = (text: string): string => text.replace(/&/g, '&&');

const writeHeader = (sheet: Worksheet, columns: readonly SheetColumn[]): void => {
  const row = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.value = column.header;
    cell.style = {
      font: { bold: true, ...(column.required ? { color: { argb: requiredColor } } : {}) },
      fill: headerFill,
      alignment: { vertical: 'middle', wrapText: true },
      border: { bottom: { style: 'thin', color: { argb: 'FF8EA3BA' } } },
    };
  });
  row.height = 22;
};

const addDropdowns = (sheet: Worksheet, columns: readonly SheetColumn[], lastRow: number): void => {
  if (lastRow < 2) return;
  columns.forEach((column, i) => {
    if (!column.listRef) return;
    const letter = columnLetter(i + 1);
    excel.addRangeValidation(sheet, `${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [column.listRef],
      showErrorMessage: true,
      // A warning, not a stop: the importer also understands synonyms, so an odd word is not fatal.
      errorStyle: 'warning',
      errorTitle: '不在列表中',
      error: '这个值不在团队的选项列表中。建议从下拉列表中选择；导入时无法识别的值会被标出。',
    });
  });
};

/**
 * A data sheet as both exports share it: bold header row with the columns' labels (required ones in
 * red), frozen header and first column, autofilter, widths, column formats, dropdowns, and print setup
 * (A4 landscape, fit to one page wide, header row on every page). Rows are the caller's to add.
 */
export const addDataSheet = (book: Workbook, spec: DataSheetSpec): Worksheet => {
  const { columns, lastRow } = spec;
  const sheet = book.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: columns.length > 1 ? 1 : 0, ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      showGridLines: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${printText(spec.printHeader.left)}&R${printText(spec.printHeader.right)}`,
      oddFooter: '&C第 &P 页，共 &N 页',
    },
  });
  sheet.columns = columns.map((column) => ({ key: column.id, width: excelWidth(column.widthPx), hidden: column.hidden ?? false, style: columnStyle(column) }));
  writeHeader(sheet, columns);
  if (columns.length > 0) sheet.autoFilter = `A1:${columnLetter(columns.length)}${Math.max(lastRow, 1)}`;
  addDropdowns(sheet, columns, spec.dropdownRows);
  return sheet;
};
