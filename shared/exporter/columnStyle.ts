import type { CellStyle } from './excel.ts';
import type { SheetColumn } from './sheetColumn.ts';

/** Columns holding money (¥): the follow-up's 金额 and a customer's 预计金额. */
const moneyColumns = new Set(['amount', 'expectedAmount']);

const numFmtOf = (column: SheetColumn): string | undefined => {
  switch (column.kind) {
    case 'instant':
      return 'yyyy-mm-dd hh:mm';
    case 'date':
      return 'yyyy-mm-dd';
    case 'number':
      return moneyColumns.has(column.id) ? '¥#,##0.00' : undefined;
    default:
      // Text format keeps what people type later as typed: phone numbers keep their leading 0,
      // 18-digit ids all their digits.
      return '@';
  }
};

/** The style every cell of a column gets (Excel also applies it to cells typed in later). */
export const columnStyle = (column: SheetColumn): CellStyle => {
  const numFmt = numFmtOf(column);
  return {
    ...(numFmt ? { numFmt } : {}),
    alignment: { vertical: 'top', wrapText: column.kind === 'longText' },
  };
};
