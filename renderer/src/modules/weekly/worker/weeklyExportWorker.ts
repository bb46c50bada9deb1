/// <reference lib="webworker" />
import { buildWeeklyWorkbook } from '../../../../../shared/exporter/weekly/buildWeeklyWorkbook.ts';
import type { WeeklyWorkbookInput } from '../../../../../shared/exporter/weekly/weeklyWorkbookTypes.ts';

/** The file's bytes, transferred rather than copied, or why it could not be built. */
export type WeeklyExportResponse = { ok: true; bytes: ArrayBuffer } | { ok: false; message: string };

const ownBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;

/**
 * Builds the 周报 workbook off the UI thread (exceljs with 2,000 follow-ups and two pictures would hold the
 * window for a second or more); useExportWeekly starts one worker per export and ends it after.
 */
self.onmessage = async (e: MessageEvent<WeeklyWorkbookInput>) => {
  try {
    const bytes = ownBuffer(await buildWeeklyWorkbook(e.data));
    self.postMessage({ ok: true, bytes } satisfies WeeklyExportResponse, [bytes]);
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies WeeklyExportResponse);
  }
};
