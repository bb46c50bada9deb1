import { formatInstant } from '../../grid/cellText.ts';
import type { Worksheet } from '../excel.ts';
import type { CustomerReportBook, CustomerReportInput } from './customerReportTypes.ts';
import { font, REPORT_COLUMNS } from './customerReportStyles.ts';

/** The rows the title block takes, repeated on every printed page: 客户跟进报告 / the customer / 负责人 · 制表人 · 制表日期. */
export const TITLE_ROWS = 3;

/** The report's title block, each line merged across the sheet, then a thin gap row. */
export const addReportTitle = (sheet: Worksheet, report: CustomerReportInput, book: CustomerReportBook): number => {
  sheet.mergeCells(1, 1, 1, REPORT_COLUMNS);
  sheet.mergeCells(2, 1, 2, REPORT_COLUMNS);
  const title = sheet.getCell(1, 1);
  title.value = book.company.trim() ? `${book.company.trim()} 客户跟进报告` : '客户跟进报告';
  title.style = { font: font({ bold: true, size: 16 }), alignment: { horizontal: 'center', vertical: 'middle' } };
  sheet.getRow(1).height = 30;
  const name = sheet.getCell(2, 1);
  const { customer } = report;
  name.value = customer.shortName && customer.shortName !== customer.name ? `${customer.name}（${customer.shortName}）` : customer.name;
  name.style = { font: font({ bold: true, size: 12 }), alignment: { horizontal: 'center', vertical: 'middle' } };
  sheet.getRow(2).height = 22;
  const parts: [number, number, string, 'left' | 'center' | 'right'][] = [
    [1, 3, `负责人：${customer.owner || '—'}`, 'left'],
    [4, 6, `制表人：${book.author}`, 'center'],
    [7, REPORT_COLUMNS, `制表日期：${formatInstant(book.madeAt, book.utcOffsetMinutes).slice(0, 10)}`, 'right'],
  ];
  for (const [from, to, text, horizontal] of parts) {
    sheet.mergeCells(3, from, 3, to);
    const cell = sheet.getCell(3, from);
    cell.value = text;
    cell.style = { font: font({ size: 9, color: { argb: 'FF44546A' } }), alignment: { horizontal, vertical: 'middle' }, border: { bottom: { style: 'thin', color: { argb: 'FF9AA8B8' } } } };
    for (let c = from + 1; c <= to; c++) sheet.getCell(3, c).style = cell.style;
  }
  sheet.getRow(3).height = 18;
  sheet.getRow(4).height = 6;
  return 5;
};
