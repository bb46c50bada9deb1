/// <reference lib="webworker" />
import { buildRejectedWorkbook } from '../../../../../shared/exporter/buildRejectedWorkbook.ts';
import { cellDisplayText } from '../../../../../shared/importer/cellDisplayText.ts';
import { detectHeader } from '../../../../../shared/importer/detectHeader.ts';
import { importFailure } from '../../../../../shared/importer/importFailure.ts';
import { defaultImportLimits } from '../../../../../shared/importer/importLimits.ts';
import type { ImportSheet, ImportWorkbook } from '../../../../../shared/importer/importTypes.ts';
import { layoutKey } from '../../../../../shared/importer/layoutKey.ts';
import { mapColumns } from '../../../../../shared/importer/mapColumns.ts';
import { normalizeRows } from '../../../../../shared/importer/normalizeRows.ts';
import { pickSheet } from '../../../../../shared/importer/pickSheet.ts';
import { planImport } from '../../../../../shared/importer/planImport.ts';
import { readWorkbook } from '../../../../../shared/importer/readWorkbook.ts';
import { sniffFile } from '../../../../../shared/importer/sniffFile.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import type { AnalyzeResult, ImportRequest, ImportResponse, OpenResult, PlanResult, WorkProgress } from './importWorkerProtocol.ts';

/**
 * Reads and plans imports off the UI thread: a huge or hostile file can stall or exhaust this worker,
 * never the app (the wizard terminates it on cancel or timeout). The engine itself checks the file's
 * signature and zip directory and enforces the row, size and time limits.
 */
let workbook: ImportWorkbook | null = null;

/** Progress of request `id`, at most every 100 ms so the page is not flooded. */
const reporter = (id: number, stage: WorkProgress['stage']) => {
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    self.postMessage({ id, progress: { stage, done, total } } satisfies ImportResponse);
  };
};

/**
 * Rows as the user sees them in Excel: a merged range shows its text once, in its first cell (the reader
 * repeats it). Merges are in Excel row numbers (1-based) and 0-based columns.
 */
const rowsAsText = (sheet: ImportSheet, from: number, count: number): string[][] =>
  sheet.rows.slice(from, from + count).map((cells, i) => {
    const excelRow = sheet.rowNumbers[from + i] ?? from + i + 1;
    return cells.map((cell, c) => {
      const hidden = sheet.merges.some((m) => excelRow >= m.top && excelRow <= m.bottom && c >= m.left && c <= m.right && (excelRow !== m.top || c !== m.left));
      return hidden ? '' : cellDisplayText(cell);
    });
  });

const sheetOf = (index: number): ImportSheet => {
  const sheet = workbook?.sheets[index];
  if (!sheet) throw new Error(importFailure('sheetNotFound').message);
  return sheet;
};

const open = async (r: Extract<ImportRequest, { type: 'open' }> & { id: number }): Promise<OpenResult> => {
  workbook = null;
  const bytes = new Uint8Array(r.bytes);
  const kind = sniffFile(bytes, r.fileName);
  if (typeof kind !== 'string') throw new Error(kind.message);
  const read = await readWorkbook(bytes, kind, defaultImportLimits, { onProgress: reporter(r.id, 'read') });
  if ('ok' in read) throw new Error(read.message);
  workbook = read;
  const sheets = read.sheets.map((s, index) => ({ index, name: s.name, hidden: s.hidden, rowCount: s.rows.length, columnCount: Math.max(0, ...s.rows.slice(0, 50).map((row) => row.length)), preview: rowsAsText(s, 0, 12), previewRows: s.rowNumbers.slice(0, 12) }));
  return { sheets, suggested: pickSheet(read, r.target, r.customFields), warnings: read.warnings };
};

const analyze = (r: Extract<ImportRequest, { type: 'analyze' }>): AnalyzeResult => {
  const sheet = sheetOf(r.sheet);
  const guess = detectHeader(sheet, r.customFields);
  const header = r.headerRow === undefined || r.headerRow === guess.headerRow ? guess : { headerRow: r.headerRow, headerRows: 1 as const, headers: (sheet.rows[r.headerRow] ?? []).map(cellDisplayText) };
  const mapped = mapColumns(header.headers, r.target, r.remembered, r.customFields);
  return { header, mapping: mapped.mapping, confidence: mapped.confidence, layoutKey: layoutKey(header.headers), sample: rowsAsText(sheet, header.headerRow + header.headerRows, 5), headerRowNumber: sheet.rowNumbers[header.headerRow] ?? header.headerRow + 1 };
};

const plan = (r: Extract<ImportRequest, { type: 'plan' }> & { id: number }): PlanResult => {
  const rows = normalizeRows(sheetOf(r.sheet), r.header, r.mapping, r.target, r.context, reporter(r.id, 'check'));
  const now = Date.now();
  let n = 0;
  const result = planImport(rows, r.target, r.existing, { match: r.match, onExisting: r.onExisting, memberId: r.context.memberId, newId: () => newRecordId(r.target === 'followUps' ? 'f' : 'c', now + n++) });
  return { plan: result, rows };
};

self.onmessage = async (e: MessageEvent<ImportRequest & { id: number }>) => {
  const r = e.data;
  let response: ImportResponse;
  try {
    const result =
      r.type === 'open' ? await open(r)
      : r.type === 'analyze' ? analyze(r)
      : r.type === 'plan' ? plan(r)
      : await buildRejectedWorkbook({ sheet: sheetOf(r.sheet), header: r.header, rows: r.rows, fileName: r.fileName, exportedAt: r.exportedAt });
    response = { id: r.id, ok: true, result };
  } catch (err) {
    response = { id: r.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(response);
};
