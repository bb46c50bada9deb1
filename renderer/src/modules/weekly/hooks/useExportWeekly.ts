import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportMime } from '../../../../../shared/exporter/exportMime.ts';
import { toWeeklyWorkbookInput } from '../../../../../shared/exporter/weekly/toWeeklyWorkbookInput.ts';
import { weeklyFileName } from '../../../../../shared/exporter/weekly/weeklyFileName.ts';
import { downloadBytes } from '../../importExport/utils/downloadBytes.ts';
import type { PanelNote } from '../../settings/utils/panelNote.ts';
import { buildWeeklyInWorker } from '../utils/buildWeeklyInWorker.ts';
import { renderChartPng } from '../utils/renderChartPng.ts';
import { weeklyCharts } from '../utils/weeklyCharts.ts';
import type { WeeklyReportData } from './useWeeklyReport.ts';

/** The size the charts are drawn at for the workbook (px; the PNG has twice the pixels). */
const CHART_WIDTH = 520;
const CHART_HEIGHT = 260;

/**
 * 导出 Excel: draws the page's charts as PNGs (in Chinese, as the workbook is), lays the week out as the
 * workbook input, builds the .xlsx in a worker and hands it over as 销售周报_第N周_<monday>.xlsx. Leaving
 * the page stops an export under way.
 */
export const useExportWeekly = (data: WeeklyReportData | undefined, author: string) => {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<PanelNote | null>(null);
  const running = useRef<Worker | null>(null);
  useEffect(() => () => running.current?.terminate(), []);
  const run = useCallback(async () => {
    if (!data) return;
    const { report, template, settings, customers } = data;
    setBusy(true);
    setNote(null);
    try {
      const zh = i18n.getFixedT('zh-CN');
      const charts = weeklyCharts(report, settings.options.methods, zh).map((c) => ({
        title: c.title, png: renderChartPng(c.option, CHART_WIDTH, CHART_HEIGHT), widthPx: CHART_WIDTH, heightPx: CHART_HEIGHT,
      }));
      const lookups = { customers: new Map(customers.map((c) => [c.id, { name: c.name, contacts: c.contacts }])), options: settings.options };
      const meta = { company: settings.company, department: settings.department, author, madeAt: Date.now(), utcOffsetMinutes: settings.utcOffsetMinutes, charts };
      const bytes = await buildWeeklyInWorker(toWeeklyWorkbookInput(report, template, lookups, meta), (w) => (running.current = w));
      const file = weeklyFileName(report.isoWeek.week, report.week.monday);
      downloadBytes(bytes, file, exportMime('viewXlsx'));
      setNote({ error: false, text: t('weekly.exported', { file }) });
    } catch (err) {
      setNote({ error: true, text: t('weekly.exportFailed', { reason: err instanceof Error ? err.message : String(err) }) });
    } finally {
      running.current = null;
      setBusy(false);
    }
  }, [data, author, i18n, t]);
  return { busy, note, exportWeekly: run };
};
