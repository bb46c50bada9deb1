import type { CellStyle } from '../excel.ts';
import type { WeeklyKpiFormat } from '../../weekly/weeklyKpis.ts';

const thin = { style: 'thin', color: { argb: 'FF9AA8B8' } } as const;
export const boxBorder = { top: thin, left: thin, bottom: thin, right: thin };
export const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } } as const;
export const totalsFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F5F8' } } as const;

/** The number formats the issue asks for: money ¥#,##0.00, rates 0.0%, counts whole. */
export const numFmtOf = (format: WeeklyKpiFormat): string => (format === 'money' ? '¥#,##0.00' : format === 'rate' ? '0.0%' : '0');

export const headerStyle: CellStyle = {
  font: { bold: true },
  fill: headerFill,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: boxBorder,
};

export const valueStyle = (format: WeeklyKpiFormat, bold = false): CellStyle => ({
  numFmt: numFmtOf(format),
  font: { bold },
  alignment: { horizontal: 'right', vertical: 'middle' },
  border: boxBorder,
});

export const textStyle = (bold = false): CellStyle => ({
  font: { bold },
  alignment: { vertical: 'top', wrapText: true },
  border: boxBorder,
});
