import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { dataSafetyClient } from '../../../../../shared/dataSafety/dataSafetyClient.ts';
import { dataSafetyFileName } from '../../../../../shared/dataSafety/dataSafetyFileName.ts';
import { exportMime } from '../../../../../shared/exporter/exportMime.ts';
import { downloadBytes } from '../../importExport/utils/downloadBytes.ts';
import type { HubAccess } from './useBackups.ts';

/** What the panel shows under its buttons: an action under way, its outcome, or why it failed. */
export type DataSafetyNote = { state: 'busy' | 'done' | 'error'; text: string };

type Team = { name: string; utcOffsetMinutes: number };

/** 立即备份, 恢复 and the two exports, each reporting progress and a Chinese outcome; `after` re-reads the list. */
export const useDataSafetyActions = (hub: HubAccess, team: Team, after: () => Promise<void>) => {
  const { t } = useTranslation();
  const [note, setNote] = useState<DataSafetyNote | null>(null);
  const busy = note?.state === 'busy';

  const backupNow = useCallback(async () => {
    setNote({ state: 'busy', text: t('dataSafety.backingUp') });
    const made = await dataSafetyClient.backupNow(hub.url, hub.token);
    setNote(made.ok ? { state: 'done', text: t('dataSafety.backupDone', { time: formatInstant(made.value.takenAt, team.utcOffsetMinutes) }) } : { state: 'error', text: made.message });
    await after();
  }, [hub, t, after, team.utcOffsetMinutes]);

  const restore = useCallback(async (name: string, takenAt: number) => {
    setNote({ state: 'busy', text: t('dataSafety.restoring') });
    const done = await dataSafetyClient.restore(hub.url, hub.token, name);
    const time = formatInstant(takenAt, team.utcOffsetMinutes);
    setNote(done.ok ? { state: 'done', text: t('dataSafety.restored', { time }) } : { state: 'error', text: t('dataSafety.restoreFailed', { reason: done.message }) });
    await after();
  }, [hub, t, after, team.utcOffsetMinutes]);

  const exportAll = useCallback(async (kind: 'workbook' | 'archive') => {
    setNote({ state: 'busy', text: t(kind === 'workbook' ? 'dataSafety.exportingWorkbook' : 'dataSafety.exportingArchive') });
    const got = await dataSafetyClient.download(hub.url, hub.token, kind);
    if (!got.ok) return setNote({ state: 'error', text: t('dataSafety.exportFailed', { reason: got.message }) });
    const file = dataSafetyFileName(kind, team.name, toCalendarDate(Date.now(), team.utcOffsetMinutes));
    downloadBytes(got.value, file, kind === 'workbook' ? exportMime('viewXlsx') : 'application/gzip');
    setNote({ state: 'done', text: t('dataSafety.exportDone', { file }) });
  }, [hub, t, team]);

  return { note, busy, backupNow, restore, exportAll };
};
