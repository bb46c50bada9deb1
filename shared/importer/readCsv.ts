import { decodeCsv } from './decodeCsv.ts';
import { importFailure } from './importFailure.ts';
import type { ImportCell, ImportFailure, ImportLimits, ImportSheet, ImportWorkbook } from './importTypes.ts';

/**
 * A CSV cell as text, always: phone numbers and 18-digit ids keep every digit. Undoes the two
 * guards spreadsheets write: ="0123" (keeps leading zeros in Excel) and a ' before = + - @ (our own
 * export's formula-injection protection).
 */
const csvCell = (text: string): ImportCell => {
  const unwrapped = /^="(.*)"$/s.exec(text)?.[1] ?? text.replace(/^'(?=[=+\-@\t\r])/, '');
  return unwrapped.trim() === '' ? { t: 'empty' } : { t: 'text', v: unwrapped };
};

/** A CSV file as a one-sheet workbook; rows are numbered as records (a quoted cell may span lines). */
export const readCsv = (bytes: Uint8Array, limits: ImportLimits): ImportWorkbook | ImportFailure => {
  const { encoding, rows } = decodeCsv(bytes, limits.maxRows);
  if (rows.length > limits.maxRows) return importFailure('tooManyRows', `文件超过 ${limits.maxRows} 行`);
  const sheet: ImportSheet = { name: 'CSV', hidden: false, rows: [], rowNumbers: [], merges: [] };
  let cut = false;
  rows.forEach((texts, i) => {
    if (texts.length > limits.maxColumns) cut = true;
    const cells = texts.slice(0, limits.maxColumns).map(csvCell);
    while (cells.length > 0 && cells[cells.length - 1]?.t === 'empty') cells.pop();
    if (cells.length === 0) return;
    sheet.rows.push(cells);
    sheet.rowNumbers.push(i + 1);
  });
  if (sheet.rows.length === 0) return importFailure('empty');
  const warnings = cut ? [`文件超过 ${limits.maxColumns} 列，之后的列未读取`] : [];
  return { kind: 'csv', sheets: [sheet], warnings, encoding };
};
