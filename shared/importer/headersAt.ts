import { cellDisplayText } from './cellDisplayText.ts';
import type { ImportSheet } from './importTypes.ts';

/**
 * The column titles at a header the wizard or detectHeader chose: one row's texts, or two rows
 * joined — the group title over each of its columns ("下一步计划/日期"), a title merged down both
 * rows read once. As wide as the widest of the header and the 50 rows under it.
 */
export const headersAt = (sheet: ImportSheet, headerRow: number, headerRows: 1 | 2): string[] => {
  const width = Math.max(0, ...sheet.rows.slice(headerRow, headerRow + headerRows + 50).map((r) => r.length));
  return Array.from({ length: width }, (_v, c) => {
    const top = cellDisplayText(sheet.rows[headerRow]?.[c]).trim();
    if (headerRows === 1) return top;
    const bottom = cellDisplayText(sheet.rows[headerRow + 1]?.[c]).trim();
    if (top === '' || top === bottom) return bottom;
    return bottom === '' ? top : `${top}/${bottom}`;
  });
};
