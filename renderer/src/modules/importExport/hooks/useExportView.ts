import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { exportFileName } from '../../../../../shared/exporter/exportFileName.ts';
import { exportMime } from '../../../../../shared/exporter/exportMime.ts';
import type { GridColumn, GridLookups, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { downloadBytes } from '../utils/downloadBytes.ts';
import type { ExportRequest, ExportResponse } from '../worker/exportWorker.ts';

export type ExportFormat = 'xlsx' | 'csv';

type Input = { ids: readonly string[]; rows: ReadonlyMap<string, GridRow>; columns: readonly GridColumn[]; lookups: GridLookups; viewName: string };

/** One export in a fresh worker (exceljs loads there, never on the UI thread), ended when it answers. */
const buildInWorker = (request: ExportRequest, started: (worker: Worker) => void): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../worker/exportWorker.ts', import.meta.url), { type: 'module' });
    started(worker);
    const settle = (done: () => void) => {
      worker.terminate();
      done();
    };
    worker.onmessage = (e: MessageEvent<ExportResponse>) => {
      const r = e.data;
      settle(() => (r.ok ? resolve(new Uint8Array(r.bytes)) : reject(new Error(r.message))));
    };
    worker.onerror = (e) => settle(() => reject(new Error(e.message || e.type)));
    worker.onmessageerror = (e) => settle(() => reject(new Error(e.type)));
    worker.postMessage(request);
  });

/**
 * Exports the view on show — its rows in its order, its visible columns — as .xlsx or CSV, built in a
 * Web Worker so a large view never freezes the window. Leaving the page stops an export under way.
 */
export const useExportView = (input: Input, onError: (message: string) => void) => {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const running = useRef<Worker | null>(null);
  useEffect(() => () => running.current?.terminate(), []);
  const run = useCallback(
    async (format: ExportFormat) => {
      setBusy(true);
      try {
        const now = Date.now();
        const rows = input.ids.flatMap((id) => input.rows.get(id) ?? []);
        const title = t('importWizard.export.title', { view: input.viewName });
        const bytes = await buildInWorker({ rows, columns: input.columns, lookups: input.lookups, title, exportedAt: now, format }, (w) => (running.current = w));
        const kind = format === 'xlsx' ? 'viewXlsx' : 'viewCsv';
        downloadBytes(bytes, exportFileName(kind, toCalendarDate(now, input.lookups.utcOffsetMinutes), input.viewName), exportMime(kind));
      } catch (err) {
        onError(t('importWizard.export.failed', { reason: err instanceof Error ? err.message : String(err) }));
      } finally {
        setBusy(false);
      }
    },
    [input, onError, t],
  );
  return { busy, exportView: run };
};
