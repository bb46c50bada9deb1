import type { ImportCell } from '../importTypes.ts';
import type { CellFormat } from './numberFormats.ts';

/** One empty cell object for every gap: a 100,000-row sheet has a million of them. */
export const EMPTY_CELL: ImportCell = Object.freeze({ t: 'empty' });

/** Text as the app stores it: Excel's CR/LF line breaks become \n; blank text is an empty cell. */
export const textCell = (text: string): ImportCell => {
  const v = text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
  return v.trim() === '' ? EMPTY_CELL : { t: 'text', v };
};

/** 2015-07-06T13:05:00.000Z → 2015-07-06 13:05:00: text the date parsers read, the zone dropped as a wall clock. */
export const isoAsText = (iso: string): string =>
  iso.trim().replace('T', ' ').replace(/(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/, '').replace(/ 00:00:00$/, '');

/** Days between the 1900 and 1904 systems' day 0. */
const DAYS_1904 = 1462;

/**
 * A numeric cell: a date when its style's format is one (as a 1900-system serial, rounded to whole
 * seconds to drop float noise), otherwise a number with its format.
 */
export const numericCell = (v: number, format: CellFormat | undefined, date1904: boolean): ImportCell => {
  if (!Number.isFinite(v)) return { t: 'error', v: '#NUM!' };
  if (format?.isDate) {
    const serial = Math.round((date1904 ? v + DAYS_1904 : v) * 86_400) / 86_400;
    return format.code ? { t: 'date', v: serial, numFmt: format.code } : { t: 'date', v: serial };
  }
  return format?.code ? { t: 'number', v, numFmt: format.code } : { t: 'number', v };
};
