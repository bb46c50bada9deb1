/// <reference lib="webworker" />
import { buildViewCsv } from '../../../../../shared/exporter/buildViewCsv.ts';
import { buildViewWorkbook } from '../../../../../shared/exporter/buildViewWorkbook.ts';
import type { ViewExportInput } from '../../../../../shared/exporter/exportTypes.ts';
import type { ExportFormat } from '../hooks/useExportView.ts';

/** What useExportView posts: the view's rows and columns as on show (plain data and Maps clone as they are). */
export type ExportRequest = Omit<ViewExportInput, 'sheetName'> & { format: ExportFormat };

/** The file's bytes, transferred rather than copied, or why it could not be built. */
export type ExportResponse = { ok: true; bytes: ArrayBuffer } | { ok: false; message: string };

/** A buffer holding exactly the bytes, so it can be transferred whole (a view may sit inside a larger one). */
const ownBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;

/**
 * Builds a view export off the UI thread: 100,000 rows take exceljs some 25 s and about 2 GB, which
 * would freeze the window; useExportView starts one worker per export and ends it after, so that
 * memory goes back at once.
 */
self.onmessage = async (e: MessageEvent<ExportRequest>) => {
  const { format, ...input } = e.data;
  try {
    const bytes = ownBuffer(format === 'xlsx' ? await buildViewWorkbook(input) : buildViewCsv(input));
    self.postMessage({ ok: true, bytes } satisfies ExportResponse, [bytes]);
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies ExportResponse);
  }
};
