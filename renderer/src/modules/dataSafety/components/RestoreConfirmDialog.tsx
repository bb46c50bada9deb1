import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../../shared/dataSafety/dataSafetySchemas.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import { backupContents } from '../utils/backupContents.ts';

type Props = { backup: BackupInfo; utcOffsetMinutes: number; onConfirm: () => void; onCancel: () => void };

/** Says plainly what a restore does before it is done: what may be lost, who resyncs, the safety copy. */
export const RestoreConfirmDialog = ({ backup, utcOffsetMinutes, onConfirm, onCancel }: Props) => {
  const { t } = useTranslation();
  const time = formatInstant(backup.takenAt, utcOffsetMinutes);
  return (
    <div className="dialog-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div className="dialog restore-dialog" role="alertdialog" aria-modal="true" aria-label={t('dataSafety.confirm.title', { time })}>
        <h2>{t('dataSafety.confirm.title', { time })}</h2>
        <p className="muted">{backupContents(backup, t)}</p>
        <ul className="restore-facts">
          <li>{t('dataSafety.confirm.what', { time })}</li>
          <li className="restore-warning">{t('dataSafety.confirm.lost', { time })}</li>
          <li>{t('dataSafety.confirm.resync')}</li>
          <li>{t('dataSafety.confirm.safety')}</li>
        </ul>
        <div className="form-actions">
          <button type="button" className="button" autoFocus onClick={onCancel}>{t('dataSafety.confirm.cancel')}</button>
          <button type="button" className="button danger" onClick={onConfirm}>{t('dataSafety.confirm.ok')}</button>
        </div>
      </div>
    </div>
  );
};
