import { addDataSheet } from './addDataSheet.ts';
import { addInstructionSheet } from './addInstructionSheet.ts';
import { addListsSheet } from './addListsSheet.ts';
import { excel } from './excel.ts';
import type { TemplateKind, TemplateSettings } from './exportTypes.ts';
import { templateColumns } from './templateColumns.ts';
import { templateInstructions } from './templateInstructions.ts';
import { toSheetColumns } from './toSheetColumns.ts';

/** Empty rows laid out ready to fill (formats, borders, dropdowns). */
export const TEMPLATE_ROWS = 200;

const sheetNames: Record<TemplateKind, string> = { followUps: '跟进记录', customers: '客户' };
const thin = { style: 'thin', color: { argb: 'FFD0D7DE' } } as const;

/**
 * An empty import template (.xlsx): the data sheet with the same header, formats and dropdowns as an
 * export (required headers in red) and 200 empty formatted rows, a 填写说明 sheet, and the hidden lists.
 * No data and no 记录ID column: every row of a filled template is new. `createdAt` (epoch ms) stamps
 * the file's properties.
 */
export const buildImportTemplate = async (kind: TemplateKind, settings: TemplateSettings, createdAt: number): Promise<Uint8Array> => {
  const columns = templateColumns(kind, settings);
  const book = excel.createWorkbook(createdAt, `${sheetNames[kind]}导入模板`);
  const { sheetColumns, plan } = toSheetColumns(columns, settings);
  const lastRow = TEMPLATE_ROWS + 1;
  const sheet = addDataSheet(book, {
    name: sheetNames[kind],
    columns: sheetColumns,
    lastRow,
    dropdownRows: lastRow,
    printHeader: { left: `${sheetNames[kind]}导入模板`, right: '' },
  });
  for (let r = 2; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    // Each cell keeps its column's format; the border makes the fill-in area visible.
    for (let c = 1; c <= sheetColumns.length; c++) row.getCell(c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  addInstructionSheet(book, templateInstructions(kind, columns, plan));
  addListsSheet(book, plan.lists);
  return excel.writeXlsx(book);
};
