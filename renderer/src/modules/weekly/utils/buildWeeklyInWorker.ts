import type { WeeklyWorkbookInput } from '../../../../../shared/exporter/weekly/weeklyWorkbookTypes.ts';
import type { WeeklyExportResponse } from '../worker/weeklyExportWorker.ts';

/** One 周报 workbook built in a fresh worker (exceljs loads there, never on the UI thread), ended when it answers. */
export const buildWeeklyInWorker = (input: WeeklyWorkbookInput, started: (worker: Worker) => void): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../worker/weeklyExportWorker.ts', import.meta.url), { type: 'module' });
    started(worker);
    const settle = (done: () => void) => {
      worker.terminate();
      done();
    };
    worker.onmessage = (e: MessageEvent<WeeklyExportResponse>) => {
      const r = e.data;
      settle(() => (r.ok ? resolve(new Uint8Array(r.bytes)) : reject(new Error(r.message))));
    };
    worker.onerror = (e) => settle(() => reject(new Error(e.message || e.type)));
    worker.onmessageerror = (e) => settle(() => reject(new Error(e.type)));
    worker.postMessage(input);
  });
