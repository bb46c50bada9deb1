import { dateToSerial } from './dateToSerial.ts';
import type { ImportCell } from './importTypes.ts';

/** What a sheet's conversion noticed along the way, for one warning per sheet rather than one per cell. */
export type CellStats = { formulasWithoutResult: number };

const EMPTY: ImportCell = { t: 'empty' };

const textCell = (text: string): ImportCell => {
  // Excel's _x000D_ and other writers' CRLF inside a cell become \n, as the app stores line breaks.
  const v = text.replace(/\r\n?/g, '\n');
  return v.trim() === '' ? EMPTY : { t: 'text', v };
};

const richText = (runs: unknown): string =>
  Array.isArray(runs) ? runs.map((r) => (typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join('') : '';

const numberCell = (v: number, numFmt: string | undefined): ImportCell =>
  Number.isFinite(v) ? { t: 'number', v, ...(numFmt ? { numFmt } : {}) } : { t: 'error', v: '#NUM!' };

/** Objects exceljs uses: rich text, formulas (their cached result), errors, hyperlinks. */
const objectCell = (value: Record<string, unknown>, numFmt: string | undefined, stats: CellStats): ImportCell => {
  if ('richText' in value) return textCell(richText(value.richText));
  if ('formula' in value || 'sharedFormula' in value) {
    // exceljs drops cached results of 0, "" and FALSE along with truly missing ones; both read as blank.
    if (value.result === undefined || value.result === null) {
      stats.formulasWithoutResult++;
      return EMPTY;
    }
    return toImportCell(value.result, numFmt, stats);
  }
  if ('error' in value) return { t: 'error', v: String(value.error) };
  if ('text' in value) return toImportCell(value.text, numFmt, stats);
  return EMPTY;
};

/**
 * One exceljs cell value as an ImportCell: text (rich text flattened, line breaks as \n), numbers with
 * their format, Dates as 1900-system serials, formulas as their cached result, errors as '#N/A'…
 */
export const toImportCell = (value: unknown, numFmt: string | undefined, stats: CellStats): ImportCell => {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return numberCell(value, numFmt);
  if (typeof value === 'boolean') return { t: 'bool', v: value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { t: 'error', v: '#VALUE!' } : { t: 'date', v: dateToSerial(value), ...(numFmt ? { numFmt } : {}) };
  }
  if (typeof value === 'object') return objectCell(value as Record<string, unknown>, numFmt, stats);
  return EMPTY;
};
