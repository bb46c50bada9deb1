import { excel } from '../excel.ts';
import { toExcelDate } from '../toExcelDate.ts';

/** One changed field of one revision, already in words (names, labels, amounts) as the 审计 page shows it. */
export type AuditSheetLine = {
  at: number;
  member: string;
  device: string;
  type: string;
  record: string;
  action: string;
  field: string;
  from: string;
  to: string;
};

export type AuditWorkbookInput = {
  /** Epoch ms of the export: stamps the file, so the same input builds the same bytes. */
  now: number;
  utcOffsetMinutes: number;
  title: string;
  sheetName: string;
  /** e.g. 筛选：成员 李娜 · 2026-11-01 至 2026-11-30 */
  filterLine: string;
  /** Headers in the UI language, in the order of AuditSheetLine's fields. */
  headers: readonly string[];
  lines: readonly AuditSheetLine[];
};

const WIDTHS = [18, 10, 16, 8, 30, 12, 14, 36, 36];
const HEADER_ROW = 3;

/**
 * 审计 as .xlsx: a title, the filters, then one row per changed field (newest first) with 时间 as a
 * real date-time — filterable and sortable in Excel; A4 landscape, fitted to the page width.
 */
export const buildAuditWorkbook = async (input: AuditWorkbookInput): Promise<Uint8Array> => {
  const book = excel.createWorkbook(input.now, input.title);
  const sheet = book.addWorksheet(input.sheetName, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  sheet.getCell('A1').value = input.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = input.filterLine;
  const header = sheet.getRow(HEADER_ROW);
  input.headers.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF2F7' } };
  });
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getColumn(1).numFmt = 'yyyy-mm-dd hh:mm';
  input.lines.forEach((l, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    row.values = [toExcelDate({ t: 'instant', v: l.at }, input.utcOffsetMinutes), l.member, l.device, l.type, l.record, l.action, l.field, l.from, l.to];
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + input.lines.length, column: input.headers.length } };
  return excel.writeXlsx(book);
};
