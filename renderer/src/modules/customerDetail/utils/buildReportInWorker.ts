import type { CustomerReportBook } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';
import type { CustomerReportResponse } from '../worker/customerReportWorker.ts';

/** One 客户跟进报告 workbook built in a fresh worker (exceljs loads there, never on the UI thread), ended when it answers. */
export const buildReportInWorker = (book: CustomerReportBook, started: (worker: Worker) => void): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../worker/customerReportWorker.ts', import.meta.url), { type: 'module' });
    started(worker);
    const settle = (done: () => void) => {
      worker.terminate();
      done();
    };
    worker.onmessage = (e: MessageEvent<CustomerReportResponse>) => settle(() => (e.data.ok ? resolve(new Uint8Array(e.data.bytes)) : reject(new Error(e.data.message))));
    worker.onerror = (e) => settle(() => reject(new Error(e.message || e.type)));
    worker.onmessageerror = (e) => settle(() => reject(new Error(e.type)));
    worker.postMessage(book);
  });
