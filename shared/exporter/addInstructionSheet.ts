import type { Workbook } from './excel.ts';
import type { TemplateInstructions } from './templateInstructions.ts';
import { wrappedLines } from './wrappedLines.ts';

const INSTRUCTION_SHEET = '填写说明';

const tableFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } } as const;

/** The template's 填写说明 sheet: notes, then a table of the columns (name, required, format, choices). */
export const addInstructionSheet = (book: Workbook, content: TemplateInstructions): void => {
  const sheet = book.addWorksheet(INSTRUCTION_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [18, 8, 40, 64];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.getCell('A1').value = content.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getRow(1).height = 24;
  // Notes overflow into the empty cells to their right, so they need no merge.
  content.notes.forEach((note, i) => {
    sheet.getCell(i + 3, 1).value = `${i + 1}. ${note}`;
  });
  const top = content.notes.length + 4;
  const header = sheet.getRow(top);
  header.values = ['列名', '是否必填', '填写格式', '可选值'];
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = tableFill;
  });
  content.columns.forEach((values, i) => {
    const row = sheet.getRow(top + 1 + i);
    row.values = values.map((v) => (v === '' ? null : v));
    row.alignment = { vertical: 'top', wrapText: true };
    const lines = Math.max(...values.map((text, c) => wrappedLines(text, widths[c] ?? 10)));
    if (lines > 1) row.height = lines * 15;
    if (values[1] === '必填') row.getCell(2).font = { color: { argb: 'FFC00000' }, bold: true };
  });
};
