import type { TFunction } from 'i18next';
import type { BackupInfo } from '../../../../../shared/dataSafety/dataSafetySchemas.ts';

/** What a backup holds, in words: 300 个客户 · 5000 条跟进 · 120 份日报 · 9 位成员. */
export const backupContents = (backup: BackupInfo, t: TFunction): string => {
  if (!backup.counts) return t('dataSafety.contentsUnknown');
  const c = backup.counts;
  return t('dataSafety.contents', { customers: c['customers'] ?? 0, followups: c['followups'] ?? 0, reports: c['dailyreports'] ?? 0, members: c['members'] ?? 0 });
};
