import { useTranslation } from 'react-i18next';

type Props = { text: string; onConfirm: () => void; onCancel: () => void };

/** Asks before a restore writes: what will change, 恢复 or 取消. */
export const RestoreConfirm = ({ text, onConfirm, onCancel }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="history-confirm" role="alertdialog" aria-label={t('history.restore.confirmTitle')} aria-modal="false">
      <p>{text}</p>
      <div className="history-confirm-buttons">
        <button type="button" className="button primary" autoFocus onClick={onConfirm}>
          {t('history.restore.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('history.restore.cancel')}
        </button>
      </div>
    </div>
  );
};
