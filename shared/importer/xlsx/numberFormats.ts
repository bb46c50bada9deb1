import { chineseDateFormats } from '../chineseDateFormats.ts';

/**
 * Excel's built-in number formats a file refers to by id without spelling them out. 14–22 and 45–47
 * are dates and times in every locale; 27–36 and 50–58 are East-Asian date formats whose codes Excel
 * picks by locale (exceljs knows none of them, ARCHITECTURE §8): these are the zh-CN ones.
 */
export const builtInFormats: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  ...chineseDateFormats,
};

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a format code shows a number as a date or time: once quoted text, escaped characters,
 * padding and bracketed colours/locales are removed ([h], [mm], [ss] elapsed times stay), a d, m, y,
 * h or s is left. General and text (@) formats are not dates.
 */
export const isDateFormat = (code: string): boolean => {
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/general/gi, '');
  return /[dmyhs]/i.test(bare);
};

/** A style's number format: its code (undefined for General) and whether it is a date. */
export type CellFormat = { code: string | undefined; isDate: boolean };

const GENERAL: CellFormat = { code: undefined, isDate: false };

/** The format of numFmtId `id`, from the file's own codes first, then Excel's built-ins. */
export const cellFormat = (id: number, custom: ReadonlyMap<number, string>): CellFormat => {
  const code = custom.get(id) ?? builtInFormats[id];
  if (id === 0 || code === undefined) return id === 0 || !BUILT_IN_DATES.has(id) ? GENERAL : { code: undefined, isDate: true };
  return { code, isDate: (BUILT_IN_DATES.has(id) && !custom.has(id)) || isDateFormat(code) };
};
