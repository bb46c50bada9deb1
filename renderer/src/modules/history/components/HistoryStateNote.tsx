import { useTranslation } from 'react-i18next';
import type { RecordHistoryState } from '../hooks/useRecordHistory.ts';

/** Where history lives when it cannot be read now, loading, a refusal, none yet, or that older entries were left out. */
export const HistoryStateNote = ({ state }: { state: RecordHistoryState }) => {
  const { t } = useTranslation();
  if (state.kind === 'local') return <p className="history-muted history-offline">{t('history.local')}</p>;
  if (state.kind === 'offline') return <p className="history-muted history-offline">{t('history.offline')}</p>;
  if (state.kind === 'loading') return <p className="history-muted" role="status">{t('history.loading')}</p>;
  if (state.kind === 'error') return <p className="history-error" role="alert">{state.message}</p>;
  if (state.entries.length === 0) return <p className="history-muted">{t('history.none')}</p>;
  return state.complete ? null : <p className="history-muted">{t('history.partial', { count: state.shown })}</p>;
};
