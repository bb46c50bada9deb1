/** Excel quotes a cell holding a tab, a line break or a quote; anything else goes out as is. */
const NEEDS_QUOTES = /[\t\n\r"]/;

const formatCell = (cell: string): string => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/**
 * Cells as clipboard text Excel/WPS paste back into the same cells: tab-separated, rows joined by
 * \r\n, multi-line cells quoted so they stay one cell. The inverse of parseTsv for any matrix whose
 * rows have at least one cell.
 *
 * Edge case: a last row that is a single empty cell would vanish (parseTsv drops a final newline,
 * and [['']] alone would be '', i.e. nothing to paste), so such a row is closed with \r\n — exactly
 * what Excel writes when copying blank cells: [['']] → '\r\n', [['a'], ['']] → 'a\r\n\r\n'.
 */
export const formatTsv = (cells: string[][]): string => {
  const text = cells.map((row) => row.map(formatCell).join('\t')).join('\r\n');
  const last = cells.at(-1);
  return last?.length === 1 && last[0] === '' ? `${text}\r\n` : text;
};
