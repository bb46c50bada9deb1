import type { Worksheet } from '../excel.ts';
import { wrappedLines } from '../wrappedLines.ts';
import { weeklySectionIds, type WeeklySectionId } from '../../weekly/weeklySectionIds.ts';
import { font, headerStyle, textStyle } from './weeklyCellStyles.ts';
import type { WeeklySheetSections } from './weeklyWorkbookTypes.ts';

/** Points per line of 10 pt text, and the most lines a row grows to (Excel's row limit is 409 pt). */
const LINE_PT = 14;
const MAX_LINES = 26;

const spanWidth = (widths: readonly number[], [from, to]: [number, number]): number => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);

/**
 * Under the numbers: a header naming the sections with the template's titles (本周总结 / 问题与风险 / 下周计划
 * or the admin's words), then one row per rep with the three texts, each merged over its span, wrapped and
 * as tall as its longest text. Returns the last row written.
 */
export const addSectionTable = (
  sheet: Worksheet,
  firstRow: number,
  layout: { widths: readonly number[]; sectionSpans: readonly [number, number][] },
  titles: Readonly<Record<WeeklySectionId, string>>,
  sections: readonly WeeklySheetSections[],
): number => {
  const spans = layout.sectionSpans;
  const header = sheet.getRow(firstRow);
  header.height = 22;
  header.getCell(1).value = '姓名';
  header.getCell(1).style = headerStyle;
  weeklySectionIds.forEach((id, i) => {
    const [from, to] = spans[i] ?? [2, 2];
    // Every cell of a merge carries the style, or Excel draws its borders only around the first.
    for (let c = from; c <= to; c++) header.getCell(c).style = headerStyle;
    if (to > from) sheet.mergeCells(firstRow, from, firstRow, to);
    header.getCell(from).value = titles[id];
  });
  sections.forEach((rep, r) => {
    const rowNumber = firstRow + 1 + r;
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = rep.name;
    row.getCell(1).style = textStyle(true);
    let lines = 1;
    weeklySectionIds.forEach((id, i) => {
      const span = spans[i] ?? [2, 2];
      for (let c = span[0]; c <= span[1]; c++) row.getCell(c).style = { ...textStyle(), font: font() };
      if (span[1] > span[0]) sheet.mergeCells(rowNumber, span[0], rowNumber, span[1]);
      row.getCell(span[0]).value = rep.texts[id];
      // Merged cells do not grow in Excel or WPS: the row is sized here for the longest text.
      lines = Math.max(lines, wrappedLines(rep.texts[id], spanWidth(layout.widths, span) * 1.1));
    });
    row.height = Math.min(lines, MAX_LINES) * LINE_PT + 6;
  });
  return firstRow + sections.length;
};
