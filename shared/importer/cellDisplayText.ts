import type { ImportCell } from './importTypes.ts';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, '0');

/** A 1900-system serial as the wall clock it shows: 2024-06-10, 2024-06-10 14:30, or 14:30 for a time alone. */
const formatSerial = (serial: number): string => {
  // Serials below 61 count Excel's phantom 1900-02-29; nobody imports follow-ups from early 1900.
  const d = new Date(EXCEL_EPOCH + Math.round(serial * 86_400) * 1000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const ms = d.getTime() % DAY_MS;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${d.getUTCSeconds() ? `:${pad(d.getUTCSeconds())}` : ''}`;
  if (serial < 1) return time;
  return ms === 0 ? date : `${date} ${time}`;
};

/** A sheet repeats a few thousand dates over 100,000 rows: each is formatted once (bounded, so a hostile file cannot grow it). */
const serialTexts = new Map<number, string>();
const serialText = (serial: number): string => {
  let text = serialTexts.get(serial);
  if (text === undefined) {
    if (serialTexts.size >= 100_000) serialTexts.clear();
    serialTexts.set(serial, (text = formatSerial(serial)));
  }
  return text;
};

/** A number as Excel shows it in General format: no float noise (0.1 + 0.2), no exponent for phone numbers. */
const numberText = (v: number): string => (Number.isInteger(v) ? (Math.abs(v) < 1e21 ? v.toFixed(0) : String(v)) : String(Number(v.toPrecision(15))));

/** A cell as the text a person sees in it: what the preview shows as "raw" and what header matching reads. */
export const cellDisplayText = (cell: ImportCell | undefined): string => {
  if (!cell) return '';
  switch (cell.t) {
    case 'empty':
      return '';
    case 'text':
      return cell.v;
    case 'number':
      return numberText(cell.v);
    case 'date':
      return serialText(cell.v);
    case 'bool':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.v;
  }
};
