/** Where a cell ends: a tab, a line break or the end of the text. */
const CELL_END = /[\t\n\r]/g;

const endsField = (text: string, at: number): boolean => at >= text.length || text[at] === '\t' || text[at] === '\n' || text[at] === '\r';

/**
 * A quoted field starting at `start` (an opening quote), with doubled quotes undone. Null when the
 * closing quote is missing or not followed by a tab/line break/end: then the quote is just text
 * the user typed (Excel only quotes cells that need it), and the caller reads the cell literally.
 */
const readQuoted = (text: string, start: number): { value: string; end: number } | null => {
  const parts: string[] = [];
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return null;
    parts.push(text.slice(from, quote));
    if (text[quote + 1] === '"') {
      parts.push('"');
      from = quote + 2;
      continue;
    }
    return endsField(text, quote + 1) ? { value: parts.join(''), end: quote + 1 } : null;
  }
};

/** One cell from `start`; `end` is the index of the tab/line break after it (or the text's length). */
const readCell = (text: string, start: number): { value: string; end: number } => {
  if (text[start] === '"') {
    const quoted = readQuoted(text, start);
    if (quoted) return quoted;
  }
  CELL_END.lastIndex = start;
  const end = CELL_END.exec(text)?.index ?? text.length;
  return { value: text.slice(start, end), end };
};

/** Excel ends every row with \r\n; that last terminator is not the start of another (empty) row. */
const withoutFinalNewline = (text: string): string =>
  text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') || text.endsWith('\r') ? text.slice(0, -1) : text;

/**
 * Clipboard text from Excel/WPS/Google Sheets as rows of cells. Rows end at \r\n, \n or a lone \r
 * (old Mac Excel); cells are tab-separated; quoted cells may hold tabs, line breaks and "" quotes.
 * Ragged rows are kept as they are. '' is nothing to paste ([]); '\r\n' is one empty cell ([['']]),
 * which is what Excel copies from a single blank cell.
 */
export const parseTsv = (text: string): string[][] => {
  if (text === '') return [];
  const body = withoutFinalNewline(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  for (;;) {
    const cell = readCell(body, at);
    row.push(cell.value);
    if (cell.end >= body.length) break;
    at = cell.end + 1;
    if (body[cell.end] === '\t') continue;
    if (body[cell.end] === '\r' && body[at] === '\n') at += 1;
    rows.push(row);
    row = [];
  }
  rows.push(row);
  return rows;
};
