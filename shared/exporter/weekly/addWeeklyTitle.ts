import { formatInstant } from '../../grid/cellText.ts';
import type { Worksheet } from '../excel.ts';
import { font } from './weeklyCellStyles.ts';
import type { WeeklyWorkbookInput } from './weeklyWorkbookTypes.ts';

/** The rows the title block takes: 公司 销售周报 / 第N周 (dates) / 部门 · 制表人 · 制表日期 / a gap. */
export const TITLE_ROWS = 4;

/** The report's name as the title and the page header print it: 「上海启航智能装备有限公司 销售周报」. */
export const weeklyTitle = (company: string): string => (company.trim() === '' ? '销售周报' : `${company.trim()} 销售周报`);

export const weekLine = (input: Pick<WeeklyWorkbookInput, 'weekNumber' | 'rangeText'>): string => `第${input.weekNumber}周（${input.rangeText}）`;

/**
 * The title block over `columns` columns, each line merged across the table: the company's 销售周报 in
 * large type, the week, then 部门 / 制表人 / 制表日期 spread over the width.
 */
export const addWeeklyTitle = (sheet: Worksheet, input: WeeklyWorkbookInput, columns: number): void => {
  sheet.mergeCells(1, 1, 1, columns);
  sheet.mergeCells(2, 1, 2, columns);
  const title = sheet.getCell(1, 1);
  title.value = weeklyTitle(input.company);
  title.style = { font: font({ bold: true, size: 18 }), alignment: { horizontal: 'center', vertical: 'middle' } };
  sheet.getRow(1).height = 30;
  const week = sheet.getCell(2, 1);
  week.value = weekLine(input);
  week.style = { font: font({ size: 12 }), alignment: { horizontal: 'center', vertical: 'middle' } };
  sheet.getRow(2).height = 20;
  // 部门 on the left third, 制表人 in the middle, 制表日期 on the right.
  const a = Math.max(1, Math.floor(columns / 3));
  const b = Math.max(a + 1, Math.floor((2 * columns) / 3));
  const parts: [number, number, string, 'left' | 'center' | 'right'][] = [
    [1, a, `部门：${input.department}`, 'left'],
    [a + 1, b, `制表人：${input.author}`, 'center'],
    [b + 1, columns, `制表日期：${formatInstant(input.madeAt, input.utcOffsetMinutes).slice(0, 10)}`, 'right'],
  ];
  for (const [from, to, text, horizontal] of parts) {
    if (to > from) sheet.mergeCells(3, from, 3, to);
    const cell = sheet.getCell(3, from);
    cell.value = text;
    cell.style = { font: font({ color: { argb: 'FF44546A' } }), alignment: { horizontal, vertical: 'middle' } };
  }
  sheet.getRow(3).height = 18;
  sheet.getRow(4).height = 6;
};
