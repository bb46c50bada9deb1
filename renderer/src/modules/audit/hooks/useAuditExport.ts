import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { buildAuditWorkbook, type AuditSheetLine } from '../../../../../shared/exporter/audit/buildAuditWorkbook.ts';
import { exportMime } from '../../../../../shared/exporter/exportMime.ts';
import { AUDIT_API_PREFIX, AUDIT_PAGE_MAX, auditPageSchema } from '../../../../../shared/sync/auditApiSchemas.ts';
import { hubGet } from '../../../../../shared/sync/hubGet.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { downloadBytes } from '../../importExport/utils/downloadBytes.ts';
import type { HistoryFormat } from '../../history/utils/historyFieldText.ts';
import { auditLines } from '../utils/auditLines.ts';
import { auditQueryString, type AuditFilters } from '../utils/auditQueryString.ts';

/** More would make a workbook Excel opens slowly; the page asks to narrow the filters instead. */
export const AUDIT_EXPORT_MAX = 20_000;

type Words = { fmt: HistoryFormat; teamName: string; filterLine: string; device: (id: string) => string };

/** 导出 Excel: every revision the filters match (paged from the hub), one row per changed field. */
export const useAuditExport = () => {
  const { t } = useTranslation();
  const { hub } = useProfile();
  const [state, setState] = useState<{ busy: boolean; note: string; error: boolean }>({ busy: false, note: '', error: false });
  const run = useCallback(async (filters: AuditFilters, words: Words) => {
    if (!hub) return;
    const utc = words.fmt.lookups.utcOffsetMinutes;
    setState({ busy: true, note: t('audit.exporting'), error: false });
    try {
      const lines: AuditSheetLine[] = [];
      let before: string | null = null;
      for (let count = 0; ; ) {
        const result: Awaited<ReturnType<typeof hubGet<typeof auditPageSchema>>> = await hubGet(hub.url, hub.token, `${AUDIT_API_PREFIX}revisions?${auditQueryString(filters, utc, before, AUDIT_PAGE_MAX)}`, auditPageSchema);
        if (!result.ok) throw new Error(result.message);
        if (result.value.total > AUDIT_EXPORT_MAX) throw new Error(t('audit.exportTooMany', { max: AUDIT_EXPORT_MAX }));
        for (const row of result.value.rows) lines.push(...auditLines(row, words.fmt, words.device(row.deviceId)));
        count += result.value.rows.length;
        before = result.value.next;
        if (!before || count >= AUDIT_EXPORT_MAX) break;
      }
      const now = Date.now();
      const headers = (['at', 'member', 'device', 'type', 'record', 'action'] as const).map((c) => t(`audit.columns.${c}`));
      const bytes = await buildAuditWorkbook({
        now, utcOffsetMinutes: utc, title: t('audit.workbookTitle', { team: words.teamName }), sheetName: t('audit.sheet'), filterLine: words.filterLine,
        headers: [...headers, t('audit.field'), t('audit.fromValue'), t('audit.toValue')], lines,
      });
      const file = `${t('audit.fileName', { date: toCalendarDate(now, utc) })}.xlsx`;
      downloadBytes(bytes, file, exportMime('viewXlsx'));
      setState({ busy: false, note: t('audit.exported', { count: lines.length, file }), error: false });
    } catch (err) {
      setState({ busy: false, note: t('audit.exportFailed', { reason: err instanceof Error ? err.message : String(err) }), error: true });
    }
  }, [hub, t]);
  return { ...state, run };
};
