import { formatInstant } from '../grid/cellText.ts';
import { csvField } from './csvField.ts';
import { exportValue, type ExportValue } from './exportValue.ts';
import type { ViewExportInput } from './exportTypes.ts';
import { RECORD_ID_HEADER } from './recordIdHeader.ts';

const BOM = [0xef, 0xbb, 0xbf];

const csvValue = (value: ExportValue, utcOffsetMinutes: number): string | number => {
  switch (value.t) {
    case 'empty':
      return '';
    case 'instant':
      return formatInstant(value.v, utcOffsetMinutes);
    default:
      return value.v;
  }
};

/**
 * The grid's current view as CSV: UTF-8 with a BOM (so Excel on a Chinese Windows does not read it as
 * GBK), CRLF line ends, RFC 4180 quoting, formula-injection protection, 跟进时间 as 'YYYY-MM-DD HH:mm'
 * in the team's time zone, and the 记录ID column last for re-import.
 */
export const buildViewCsv = (input: ViewExportInput): Uint8Array => {
  const { rows, columns, lookups } = input;
  const lines = [[...columns.map((c) => c.label), RECORD_ID_HEADER].map(csvField).join(',')];
  for (const row of rows) {
    const fields = columns.map((column) => csvField(csvValue(exportValue(row, column, lookups), lookups.utcOffsetMinutes)));
    lines.push([...fields, csvField(row.id)].join(','));
  }
  const text = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
  const bytes = new Uint8Array(BOM.length + text.length);
  bytes.set(BOM, 0);
  bytes.set(text, BOM.length);
  return bytes;
};
