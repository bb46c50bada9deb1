/// <reference lib="webworker" />
import { buildCustomerReportWorkbook } from '../../../../../shared/exporter/customerReport/buildCustomerReportWorkbook.ts';
import type { CustomerReportBook } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';

/** The file's bytes, transferred rather than copied, or why it could not be built. */
export type CustomerReportResponse = { ok: true; bytes: ArrayBuffer } | { ok: false; message: string };

const ownBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;

/** Builds 客户跟进报告 workbooks off the UI thread (a batch of fifty customers is seconds of exceljs); one worker per export. */
self.onmessage = async (e: MessageEvent<CustomerReportBook>) => {
  try {
    const bytes = ownBuffer(await buildCustomerReportWorkbook(e.data));
    self.postMessage({ ok: true, bytes } satisfies CustomerReportResponse, [bytes]);
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies CustomerReportResponse);
  }
};
