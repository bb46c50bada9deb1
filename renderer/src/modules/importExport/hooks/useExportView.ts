import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { GridColumn, GridLookups, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { downloadBytes } from '../utils/downloadBytes.ts';

export type ExportFormat = 'xlsx' | 'csv';

type Input = { ids: readonly string[]; rows: ReadonlyMap<string, GridRow>; columns: readonly GridColumn[]; lookups: GridLookups; viewName: string };

/**
 * Exports the view on show — its rows in its order, its visible columns — as .xlsx or CSV. The
 * exporter (and exceljs with it) loads on first use, so the grid's start-up does not carry it.
 */
export const useExportView = (input: Input, onError: (message: string) => void) => {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (format: ExportFormat) => {
      setBusy(true);
      try {
        const [{ buildViewWorkbook }, { buildViewCsv }, { exportFileName }, { exportMime }] = await Promise.all([
          import('../../../../../shared/exporter/buildViewWorkbook.ts'),
          import('../../../../../shared/exporter/buildViewCsv.ts'),
          import('../../../../../shared/exporter/exportFileName.ts'),
          import('../../../../../shared/exporter/exportMime.ts'),
        ]);
        const now = Date.now();
        const rows = input.ids.flatMap((id) => input.rows.get(id) ?? []);
        const spec = { rows, columns: input.columns, lookups: input.lookups, title: t('importWizard.export.title', { view: input.viewName }), exportedAt: now };
        const kind = format === 'xlsx' ? 'viewXlsx' : 'viewCsv';
        const bytes = format === 'xlsx' ? await buildViewWorkbook(spec) : buildViewCsv(spec);
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
