import type { CellStyle } from '../excel.ts';
import type { WeeklyKpiFormat } from '../../weekly/weeklyKpis.ts';

/**
 * One font for the whole report: 微软雅黑 is on every Chinese Windows and WPS install, reads well for both
 * Chinese and digits, and spreadsheet apps without it substitute a sans-serif face (not a serif one).
 */
export const FONT = '微软雅黑';
export const font = (extra: { bold?: boolean; size?: number; color?: { argb: string } } = {}) => ({ name: FONT, size: 10, ...extra });

const thin = { style: 'thin', color: { argb: 'FF9AA8B8' } } as const;
export const boxBorder = { top: thin, left: thin, bottom: thin, right: thin };
export const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } } as const;
export const totalsFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F5F8' } } as const;

/** The number formats the issue asks for: money ¥#,##0.00, rates 0.0%, counts whole. */
export const numFmtOf = (format: WeeklyKpiFormat): string => (format === 'money' ? '¥#,##0.00' : format === 'rate' ? '0.0%' : '0');

export const headerStyle: CellStyle = {
  font: font({ bold: true }),
  fill: headerFill,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: boxBorder,
};

export const valueStyle = (format: WeeklyKpiFormat, bold = false): CellStyle => ({
  numFmt: numFmtOf(format),
  font: font({ bold }),
  alignment: { horizontal: 'right', vertical: 'middle' },
  border: boxBorder,
});

export const textStyle = (bold = false): CellStyle => ({
  font: font({ bold }),
  alignment: { vertical: 'top', wrapText: true },
  border: boxBorder,
});
