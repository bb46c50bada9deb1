import type { CellStyle } from '../excel.ts';

/** 微软雅黑 is on every Chinese Windows and WPS install; apps without it substitute a sans-serif face. */
export const font = (extra: { bold?: boolean; size?: number; color?: { argb: string } } = {}) => ({ name: '微软雅黑', size: 10, ...extra });

const thin = { style: 'thin', color: { argb: 'FF9AA8B8' } } as const;
export const boxBorder = { top: thin, left: thin, bottom: thin, right: thin };
const fill = (argb: string) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } }) as const;

/** Column widths (Excel character units) of every report sheet: the timeline sets the grid (its 内容 spans two). */
export const REPORT_WIDTHS = [16, 8, 9, 9, 14, 22, 12, 20] as const;
export const REPORT_COLUMNS = REPORT_WIDTHS.length;

export const MONEY = '¥#,##0.00';
export const PERCENT = '0%';
export const DATE = 'yyyy-mm-dd';
export const DATE_TIME = 'yyyy-mm-dd hh:mm';
export const WEIGHT = '0.0';

export const sectionStyle: CellStyle = { font: font({ bold: true, size: 11, color: { argb: 'FF1A56DB' } }), alignment: { vertical: 'bottom' }, border: { bottom: { style: 'medium', color: { argb: 'FF1A56DB' } } } };
export const headerStyle: CellStyle = { font: font({ bold: true }), fill: fill('FFE8EEF5'), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: boxBorder };
export const labelStyle: CellStyle = { font: font({ color: { argb: 'FF44546A' } }), fill: fill('FFF3F5F8'), alignment: { vertical: 'middle' }, border: boxBorder };
export const cellStyle = (opts: { numFmt?: string; wrap?: boolean; align?: 'left' | 'center' | 'right'; bold?: boolean; muted?: boolean } = {}): CellStyle => ({
  font: font({ bold: opts.bold ?? false, ...(opts.muted ? { color: { argb: 'FF7B8794' } } : {}) }),
  alignment: { vertical: 'top', wrapText: opts.wrap ?? false, ...(opts.align ? { horizontal: opts.align } : {}) },
  border: boxBorder,
  ...(opts.numFmt ? { numFmt: opts.numFmt } : {}),
});
