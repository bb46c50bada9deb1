import type { Workbook } from '../excel.ts';
import { toExcelDate } from '../toExcelDate.ts';
import { applyCustomerReportPrint } from './customerReportPrint.ts';
import { DATE_TIME, font, MONEY, REPORT_COLUMNS, REPORT_WIDTHS, WEIGHT } from './customerReportStyles.ts';
import type { CustomerReportBook } from './customerReportTypes.ts';
import { writeReportTable, type ReportColumn } from './writeReportTable.ts';

const INDEX: ReportColumn[] = [
  { from: 1, to: 2, header: '客户' }, { from: 3, to: 3, header: '负责人' }, { from: 4, to: 4, header: '等级', align: 'center' }, { from: 5, to: 5, header: '阶段' },
  { from: 6, to: 6, header: '预计金额', numFmt: MONEY }, { from: 7, to: 7, header: '成熟度', numFmt: WEIGHT, align: 'center' }, { from: 8, to: 8, header: '最近跟进', numFmt: DATE_TIME },
];

/**
 * 目录, the first sheet of a batch: one line per customer in the order chosen, each name a link to its
 * report's sheet, so a manager sees the set at a glance before printing the whole workbook.
 */
export const addReportIndexSheet = (book: Workbook, meta: CustomerReportBook, sheetNames: readonly string[]): void => {
  const sheet = book.addWorksheet('目录');
  sheet.columns = REPORT_WIDTHS.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, REPORT_COLUMNS);
  const title = sheet.getCell(1, 1);
  title.value = `${meta.company.trim() ? `${meta.company.trim()} ` : ''}客户跟进报告 · ${meta.reports.length} 个客户`;
  title.style = { font: font({ bold: true, size: 16 }), alignment: { horizontal: 'center', vertical: 'middle' } };
  sheet.getRow(1).height = 30;
  const rows = meta.reports.map((r) => {
    const c = r.customer;
    return [c.name, c.owner, c.grade, c.stage, c.expectedAmount, r.maturity, c.lastFollowedAt > 0 ? toExcelDate({ t: 'instant', v: c.lastFollowedAt }, meta.utcOffsetMinutes) : null];
  });
  writeReportTable(sheet, 2, '客户清单（点击客户名称打开其报告）', INDEX, rows, '');
  sheetNames.forEach((name, i) => {
    const cell = sheet.getCell(4 + i, 1);
    cell.value = { text: meta.reports[i]?.customer.name ?? name, hyperlink: `#'${name.replace(/'/g, "''")}'!A1` };
    cell.style = { ...cell.style, font: font({ color: { argb: 'FF1A56DB' } }) };
  });
  applyCustomerReportPrint(sheet, { titleRows: '1:3', frozenRows: 3, author: meta.author });
};
