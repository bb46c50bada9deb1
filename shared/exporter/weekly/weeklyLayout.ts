import type { WeeklySheetKpi } from './weeklyWorkbookTypes.ts';

/** Excel widths (characters) of the 周报 sheet's columns, and which columns each section spans. */
export type WeeklyLayout = { widths: number[]; sectionSpans: [number, number][] };

const NAME_WIDTH = 12;
/** Narrower than this and the three sections (merged over the KPI columns) get cramped: widen evenly. */
const MIN_TOTAL = 130;
const widthOf = (kpi: WeeklySheetKpi): number => (kpi.format === 'money' ? 16 : kpi.format === 'rate' ? 10 : 10);

/** Columns as px on screen (Excel's default font: about 7 px a character plus padding). */
export const columnPx = (width: number): number => Math.round(width * 7 + 5);

/**
 * Column A holds the names; the KPI columns follow (at least three, so each section has one). The
 * sections 本周总结 / 问题与风险 / 下周计划 are merged over the KPI columns, about 40% / 30% / 30% of the
 * width.
 */
export const weeklyLayout = (kpis: readonly WeeklySheetKpi[]): WeeklyLayout => {
  const kpiWidths = kpis.map(widthOf);
  while (kpiWidths.length < 3) kpiWidths.push(12);
  const total = kpiWidths.reduce((a, b) => a + b, 0);
  const scale = total + NAME_WIDTH < MIN_TOTAL ? (MIN_TOTAL - NAME_WIDTH) / total : 1;
  const widths = [NAME_WIDTH, ...kpiWidths.map((w) => Math.round(w * scale * 10) / 10)];
  // Cut the KPI columns (sheet columns 2…) into the three spans closest to 40% / 30% / 30% of their width:
  // the summary is the longest text.
  const kpiCols = widths.slice(1);
  const n = kpiCols.length;
  const width = (from: number, to: number): number => kpiCols.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const sum = width(0, n - 1);
  let best = { first: 0, second: 1, error: Number.POSITIVE_INFINITY };
  for (let first = 0; first <= n - 3; first++) {
    for (let second = first + 1; second <= n - 2; second++) {
      const error = (width(0, first) - 0.4 * sum) ** 2 + (width(first + 1, second) - 0.3 * sum) ** 2 + (width(second + 1, n - 1) - 0.3 * sum) ** 2;
      if (error < best.error) best = { first, second, error };
    }
  }
  const spans: [number, number][] = [[2, best.first + 2], [best.first + 3, best.second + 2], [best.second + 3, n + 1]];
  return { widths, sectionSpans: spans };
};
