/** The separator a file uses: what occurs most in its first line outside quotes (Excel's 'Unicode 文本' uses tabs). */
const detectDelimiter = (text: string): string => {
  const counts = new Map([[',', 0], ['\t', 0], [';', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
};

type CsvState = { rows: string[][]; row: string[]; cell: string; quoted: boolean };

const endCell = (st: CsvState): void => {
  st.row.push(st.cell);
  st.cell = '';
};

const endRow = (st: CsvState): void => {
  endCell(st);
  st.rows.push(st.row);
  st.row = [];
};

/** One character inside quotes; returns how many characters it consumed. */
const quotedChar = (st: CsvState, text: string, i: number): number => {
  const ch = text[i];
  if (ch === '"' && text[i + 1] === '"') {
    st.cell += '"';
    return 2;
  }
  if (ch === '"') st.quoted = false;
  else if (ch === '\r') st.cell += text[i + 1] === '\n' ? '' : '\n';
  else st.cell += ch;
  return 1;
};

/** One character outside quotes; returns how many characters it consumed. */
const plainChar = (st: CsvState, text: string, i: number, delimiter: string): number => {
  const ch = text[i];
  if (ch === '"' && st.cell === '') st.quoted = true;
  else if (ch === delimiter) endCell(st);
  else if (ch === '\n' || ch === '\r') {
    endRow(st);
    return ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
  } else st.cell += ch;
  return 1;
};

/**
 * RFC 4180 text as rows of cells: quoted cells may hold separators, line breaks (kept as \n) and ""
 * for a quote; lines may end in CRLF, LF or CR. Lenient like Excel: a quote inside an unquoted cell
 * is just a character. Stops after `maxRows` + 1 rows, so a huge file costs no more than the cap.
 */
export const parseCsvText = (text: string, maxRows = Infinity): string[][] => {
  const delimiter = detectDelimiter(text);
  const st: CsvState = { rows: [], row: [], cell: '', quoted: false };
  let i = 0;
  while (i < text.length && st.rows.length <= maxRows) i += st.quoted ? quotedChar(st, text, i) : plainChar(st, text, i, delimiter);
  if (st.cell !== '' || st.row.length > 0) endRow(st);
  return st.rows;
};
