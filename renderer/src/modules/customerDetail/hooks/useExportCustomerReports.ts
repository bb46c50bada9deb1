import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { customerReportFileName } from '../../../../../shared/exporter/customerReport/customerReportFileName.ts';
import { exportMime } from '../../../../../shared/exporter/exportMime.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { downloadBytes } from '../../importExport/utils/downloadBytes.ts';
import { buildReportInWorker } from '../utils/buildReportInWorker.ts';
import { loadReportInputs } from '../utils/loadReportInputs.ts';

export type ExportNote = { error: boolean; text: string };

/**
 * 导出客户跟进报告 for any set of customers (the customer page passes its one id; the 客户 list passes its
 * selection): reads them from the local replica, builds one .xlsx in a worker — one sheet per customer
 * after a 目录 — and downloads it. Leaving the page stops an export under way.
 */
export const useExportCustomerReports = () => {
  const { t } = useTranslation();
  const db = useDatabase();
  const { memberId } = useProfile();
  const members = useMembers();
  const settings = useTeamSettings();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<ExportNote | null>(null);
  const running = useRef<Worker | null>(null);
  useEffect(() => () => running.current?.terminate(), []);
  const exportReports = useCallback(
    async (ids: readonly string[]) => {
      if (!settings || !members) return;
      if (ids.length === 0) return setNote({ error: true, text: t('customerDetail.export.noneChosen') });
      setBusy(true);
      setNote(null);
      try {
        const madeAt = Date.now();
        const today = toCalendarDate(madeAt, settings.utcOffsetMinutes);
        const names = new Map(members.map((m) => [m.id, m.name]));
        const reports = await loadReportInputs(db, ids, { members: names, options: settings.options, today, utcOffsetMinutes: settings.utcOffsetMinutes });
        if (reports.length === 0) throw new Error(t('customerDetail.export.notFound'));
        const book = { company: settings.company, author: names.get(memberId) ?? '', madeAt, utcOffsetMinutes: settings.utcOffsetMinutes, reports };
        const bytes = await buildReportInWorker(book, (w) => (running.current = w));
        const file = customerReportFileName(reports.map((r) => r.customer.name), today);
        downloadBytes(bytes, file, exportMime('viewXlsx'));
        setNote({ error: false, text: t('customerDetail.export.done', { file, count: reports.length }) });
      } catch (err) {
        setNote({ error: true, text: t('customerDetail.export.failed', { reason: err instanceof Error ? err.message : String(err) }) });
      } finally {
        running.current = null;
        setBusy(false);
      }
    },
    [db, members, settings, memberId, t],
  );
  return { busy, note, exportReports };
};
