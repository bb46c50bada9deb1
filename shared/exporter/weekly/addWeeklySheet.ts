import type { Workbook, Worksheet } from '../excel.ts';
import { addChartImages, chartBlockPt } from './addChartImages.ts';
import { addKpiTable } from './addKpiTable.ts';
import { addSectionTable } from './addSectionTable.ts';
import { addWeeklyTitle, TITLE_ROWS } from './addWeeklyTitle.ts';
import { applyWeeklyPrint, PAGE_HEIGHT_PT, PAGE_WIDTH_PT } from './weeklyPrintSetup.ts';
import { columnPx, weeklyLayout } from './weeklyLayout.ts';
import type { WeeklyWorkbookInput } from './weeklyWorkbookTypes.ts';

/** Height in points of rows 1…last as written (rows left at the default are 15 pt). */
const heightOf = (sheet: Worksheet, last: number): number => {
  let pt = 0;
  for (let r = 1; r <= last; r++) pt += sheet.getRow(r).height ?? 15;
  return pt;
};

/**
 * Sheet 周报: the title block, the per-rep table with 合计, the charts, then the sections. The table is
 * frozen under its header on screen; the title and week lines repeat on every printed page. The charts
 * stay on the first page when they fit under the table (the sections then open page 2), else open page 2
 * with the sections after them, so no picture is cut by a page break.
 */
export const addWeeklySheet = (book: Workbook, input: WeeklyWorkbookInput): Worksheet => {
  const sheet = book.addWorksheet('周报');
  const layout = weeklyLayout(input.kpis);
  sheet.columns = layout.widths.map((width) => ({ width }));
  addWeeklyTitle(sheet, input, layout.widths.length);
  const header = TITLE_ROWS + 1;
  const tableEnd = addKpiTable(sheet, header, input.kpis, input.lines, input.totals);
  // fitToWidth shrinks a sheet wider than the page: the page then holds proportionally more rows.
  const widthPt = layout.widths.reduce((sum, w) => sum + columnPx(w), 0) * 0.75;
  const pagePt = PAGE_HEIGHT_PT / Math.min(1, PAGE_WIDTH_PT / widthPt);
  let next = tableEnd + 2;
  sheet.getRow(tableEnd + 1).height = 10;
  if (input.charts.length > 0) {
    const onFirstPage = heightOf(sheet, tableEnd + 1) + chartBlockPt(input.charts, layout.widths) <= pagePt;
    if (!onFirstPage) sheet.getRow(tableEnd).addPageBreak();
    const chartsEnd = addChartImages(book, sheet, next, input.charts, layout.widths);
    // Under the table, the charts fill page 1 and the sections open page 2; at the top of page 2, the
    // sections simply follow them (rows are never split, so no picture or text is cut either way).
    if (onFirstPage) sheet.getRow(chartsEnd).addPageBreak();
    next = chartsEnd + 1;
  }
  addSectionTable(sheet, next, layout, input.sectionTitles, input.sections);
  applyWeeklyPrint(sheet, {
    titleRows: '1:2',
    frozenRows: header,
    author: input.author,
  });
  return sheet;
};
