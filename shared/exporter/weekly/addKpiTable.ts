import type { Worksheet } from '../excel.ts';
import { headerStyle, textStyle, totalsFill, valueStyle } from './weeklyCellStyles.ts';
import type { WeeklySheetKpi, WeeklySheetLine } from './weeklyWorkbookTypes.ts';

const DASH = '—';

const writeLine = (sheet: Worksheet, rowNumber: number, line: WeeklySheetLine, kpis: readonly WeeklySheetKpi[], totals: boolean): void => {
  const row = sheet.getRow(rowNumber);
  row.height = 18;
  const name = row.getCell(1);
  name.value = line.name;
  name.style = { ...textStyle(totals), alignment: { vertical: 'middle' }, ...(totals ? { fill: totalsFill } : {}) };
  kpis.forEach((kpi, i) => {
    const cell = row.getCell(i + 2);
    const value = line.values[i] ?? null;
    // "—" (no target, last week 0) is text: a blank would read as 0 to whoever sums the column.
    cell.value = value === null ? DASH : value;
    cell.style = { ...valueStyle(kpi.format, totals), ...(totals ? { fill: totalsFill } : {}) };
  });
};

/**
 * The per-rep table from `firstRow`: the header (姓名 and the template's KPIs, in its order), one line per
 * rep, then 合计 in bold. Returns the last row written.
 */
export const addKpiTable = (sheet: Worksheet, firstRow: number, kpis: readonly WeeklySheetKpi[], lines: readonly WeeklySheetLine[], totals: WeeklySheetLine): number => {
  const header = sheet.getRow(firstRow);
  header.height = 24;
  ['姓名', ...kpis.map((k) => k.header)].forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.style = headerStyle;
  });
  lines.forEach((line, i) => writeLine(sheet, firstRow + 1 + i, line, kpis, false));
  const last = firstRow + lines.length + 1;
  writeLine(sheet, last, totals, kpis, true);
  return last;
};
