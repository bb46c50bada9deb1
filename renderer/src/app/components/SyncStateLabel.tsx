import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../sync/SyncStatusContext.ts';

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** 已同步 / 同步中 N / 离线 (since) / this desktop only, with a dot in the matching colour. */
export const SyncStateLabel = () => {
  const { t } = useTranslation();
  const s = useSyncStatus();
  const [text, hint] =
    s.kind === 'local' ? [t('status.localOnly'), t('status.localOnlyHint')]
    : s.kind === 'connecting' ? [t('status.connecting'), '']
    : s.kind === 'synced' ? [t('status.synced'), t('status.syncedHint')]
    : s.kind === 'syncing' ? [s.pending ? t('status.syncingCount', { count: s.pending }) : t('status.syncing'), '']
    : s.kind === 'offline'
      ? [s.pending ? t('status.offlinePending', { since: time(s.since), count: s.pending }) : t('status.offline', { since: time(s.since) }), t('status.offlineHint', { reason: s.reason })]
      : [t('status.refused', { reason: s.reason }), ''];
  return (
    <span className="sync-state" title={hint} data-testid="sync-state" data-kind={s.kind}>
      <span className={`sync-dot ${s.kind}`} aria-hidden="true" />
      {text}
    </span>
  );
};
