import { excel } from '../excel.ts';
import { safeSheetName } from '../safeSheetName.ts';
import { addCustomerReportSheet } from './addCustomerReportSheet.ts';
import { addReportIndexSheet } from './addReportIndexSheet.ts';
import type { CustomerReportBook } from './customerReportTypes.ts';

/** Tab names: the customer's short name (or name), made unique with (2), (3) … within 31 characters. */
const sheetNames = (book: CustomerReportBook): string[] => {
  const used = new Set<string>(['目录']);
  return book.reports.map((r, i) => {
    const base = safeSheetName(r.customer.shortName || r.customer.name, `客户${i + 1}`);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${[...base].slice(0, 31 - String(n).length - 2).join('')}(${n})`;
    used.add(name.toLowerCase());
    return name;
  });
};

/**
 * 客户跟进报告 as an .xlsx, print-ready on A4 portrait: one sheet for one customer; for a batch, 目录
 * first and then one sheet per customer, each with its own page setup and footer, so printing the
 * whole workbook prints every report.
 */
export const buildCustomerReportWorkbook = async (book: CustomerReportBook): Promise<Uint8Array> => {
  const first = book.reports[0]?.customer.name ?? '';
  const workbook = excel.createWorkbook(book.madeAt, book.reports.length === 1 ? `客户跟进报告 ${first}` : `客户跟进报告 ${book.reports.length} 个客户`);
  const names = sheetNames(book);
  if (book.reports.length > 1) addReportIndexSheet(workbook, book, names);
  book.reports.forEach((r, i) => addCustomerReportSheet(workbook, names[i] ?? `客户${i + 1}`, r, book));
  return excel.writeXlsx(workbook);
};
