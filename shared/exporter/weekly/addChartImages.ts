import { excel, type Workbook, type Worksheet } from '../excel.ts';
import { columnPx } from './weeklyLayout.ts';
import type { WeeklyChartImage } from './weeklyWorkbookTypes.ts';

/** Rows are 20 px (15 pt) where the charts sit; the gap between two charts side by side. */
const ROW_PX = 20;
const GAP_PX = 16;

/** The height in points the charts take when laid out across `widths`, so the caller can plan the page. */
export const chartBlockPt = (charts: readonly WeeklyChartImage[], widths: readonly number[]): number => {
  const total = widths.reduce((sum, w) => sum + columnPx(w), 0);
  const each = charts.length > 1 ? (total - GAP_PX) / 2 : total * 0.6;
  const tallest = Math.max(0, ...charts.slice(0, 2).map((c) => (each * c.heightPx) / Math.max(1, c.widthPx)));
  return Math.ceil(tallest / ROW_PX + 1) * 15 * Math.ceil(charts.length / 2);
};

/** The column (0-based, fractional) at a px offset from the sheet's left edge: where an image anchors. */
const columnAt = (widths: readonly number[], px: number): number => {
  let left = 0;
  for (let i = 0; i < widths.length; i++) {
    const w = columnPx(widths[i] ?? 0);
    if (left + w > px) return i + (px - left) / w;
    left += w;
  }
  return widths.length;
};

/**
 * The page's charts as pictures from `firstRow`, two side by side across the table's width, each kept
 * to its own aspect ratio. The rows under them are sized and kept, so the print area reaches past the
 * pictures. Returns the last row they cover.
 */
export const addChartImages = (book: Workbook, sheet: Worksheet, firstRow: number, charts: readonly WeeklyChartImage[], widths: readonly number[]): number => {
  const total = widths.reduce((sum, w) => sum + columnPx(w), 0);
  const each = charts.length > 1 ? (total - GAP_PX) / 2 : total * 0.6;
  let row = firstRow;
  for (let i = 0; i < charts.length; i += 2) {
    const pair = charts.slice(i, i + 2);
    const heights = pair.map((c) => Math.round((each * c.heightPx) / Math.max(1, c.widthPx)));
    pair.forEach((chart, j) => {
      const left = pair.length > 1 ? j * (each + GAP_PX) : (total - each) / 2;
      excel.addPng(book, sheet, chart.png, { col: columnAt(widths, left), row: row - 1, width: Math.round(each), height: heights[j] ?? 0 });
    });
    const rows = Math.ceil(Math.max(...heights) / ROW_PX) + 1;
    for (let r = row; r < row + rows; r++) sheet.getRow(r).height = 15;
    row += rows;
  }
  return row - 1;
};
