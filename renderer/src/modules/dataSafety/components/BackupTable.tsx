import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../../shared/attachments/blobProtocol.ts';
import type { BackupInfo } from '../../../../../shared/dataSafety/dataSafetySchemas.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import { backupContents } from '../utils/backupContents.ts';

type Props = { backups: readonly BackupInfo[]; utcOffsetMinutes: number; disabled: boolean; onRestore: (backup: BackupInfo) => void };

/** The hub's backups, newest first: when, why (每日 / 手动 / 恢复前), how big, what they hold, and 恢复. */
export const BackupTable = ({ backups, utcOffsetMinutes, disabled, onRestore }: Props) => {
  const { t } = useTranslation();
  if (backups.length === 0) return <p className="muted">{t('dataSafety.empty')}</p>;
  return (
    <table className="table backup-table" data-testid="backup-table">
      <thead>
        <tr>
          <th>{t('dataSafety.columns.time')}</th>
          <th>{t('dataSafety.columns.kind')}</th>
          <th>{t('dataSafety.columns.size')}</th>
          <th>{t('dataSafety.columns.contents')}</th>
          <th aria-label={t('dataSafety.columns.actions')} />
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.name} title={b.name}>
            <td>{formatInstant(b.takenAt, utcOffsetMinutes)}</td>
            <td><span className={`backup-kind backup-kind-${b.kind}`}>{t(`dataSafety.kinds.${b.kind}`)}</span></td>
            <td>{formatBytes(b.size)}</td>
            <td className="muted">{backupContents(b, t)}</td>
            <td>
              <button type="button" className="button" disabled={disabled} onClick={() => onRestore(b)}>
                {t('dataSafety.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
