import { useTranslation } from 'react-i18next';
import type { RestoreNotice } from '../hooks/useRestoreRecord.ts';

type Props = { notice: RestoreNotice; onUndo: () => void; onDismiss: () => void };

/** 已恢复… with 撤销 (once), or why the restore failed. */
export const RestoreNoticeBar = ({ notice, onUndo, onDismiss }: Props) => {
  const { t } = useTranslation();
  return (
    <div className={notice.error ? 'history-notice field-error' : 'history-notice'} role={notice.error ? 'alert' : 'status'} data-testid="restore-notice">
      <span>{notice.text}</span>
      {notice.undo ? (
        <button type="button" className="history-link" onClick={onUndo}>
          {t('history.restore.undo')}
        </button>
      ) : null}
      <button type="button" className="history-link" aria-label={t('history.restore.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
};
