import type { Worksheet } from '../excel.ts';

/** Text inside an Excel header/footer: '&' starts a code there. */
const printText = (text: string): string => text.replace(/&/g, '&&');

/**
 * The 客户跟进报告's print setup (as the 周报's, in portrait): A4 portrait, one page wide and as many long as
 * needed, the title rows repeated on every page and frozen on screen, and the footer 「制表人：… | 第 1 页 共 3 页 |
 * 打印日期：…」 (&D is the day it is printed, filled in by Excel, WPS or LibreOffice).
 */
export const applyCustomerReportPrint = (sheet: Worksheet, print: { titleRows: string; frozenRows: number; author: string }): void => {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: print.frozenRows, showGridLines: false }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: print.titleRows,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&L制表人：${printText(print.author)}&C第 &P 页 共 &N 页&R打印日期：&D` };
};
