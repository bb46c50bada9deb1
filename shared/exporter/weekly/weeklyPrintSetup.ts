import type { Worksheet } from '../excel.ts';

/** Text inside an Excel header/footer: '&' starts a code there. */
const printText = (text: string): string => text.replace(/&/g, '&&');

/** A4 landscape less the margins below, in points: what one printed page holds at 100%. */
export const PAGE_WIDTH_PT = (297 / 25.4 - 0.8) * 72;
export const PAGE_HEIGHT_PT = (210 / 25.4 - 1.5) * 72;

export type WeeklyPrint = { titleRows: string; frozenRows: number; author: string };

/**
 * The print setup both 周报 sheets share: A4 landscape, one page wide and as many long as needed, the
 * given rows repeated on every page (the report's title and week, so no page header repeats them) and
 * frozen on screen, and the footer 「制表人：… | 第 1 页 共 3 页 | 打印日期：…」 (left, centre, right) (&D is the day it is printed,
 * filled in by Excel, WPS or LibreOffice).
 */
export const applyWeeklyPrint = (sheet: Worksheet, print: WeeklyPrint): void => {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: print.frozenRows, showGridLines: false }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: print.titleRows,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.8, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddFooter: `&L制表人：${printText(print.author)}&C第 &P 页 共 &N 页&R打印日期：&D`,
  };
};
