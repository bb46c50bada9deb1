import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../../shared/dataSafety/dataSafetySchemas.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useBackups, type HubAccess } from '../hooks/useBackups.ts';
import { useDataSafetyActions } from '../hooks/useDataSafetyActions.ts';
import { BackupTable } from './BackupTable.tsx';
import { RestoreConfirmDialog } from './RestoreConfirmDialog.tsx';
import '../dataSafety.css';

type Props = { hub: HubAccess; teamName: string; utcOffsetMinutes: number };

const Connected = ({ hub, teamName, utcOffsetMinutes }: Props) => {
  const { t } = useTranslation();
  const { list, error, refresh } = useBackups(hub);
  const actions = useDataSafetyActions(hub, { name: teamName, utcOffsetMinutes }, refresh);
  const [asked, setAsked] = useState<BackupInfo | null>(null);
  return (
    <>
      <p className="form-intro">{t('dataSafety.intro')}</p>
      <div className="data-safety-actions">
        <button type="button" className="button primary" disabled={actions.busy} onClick={() => void actions.backupNow()}>{t('dataSafety.backupNow')}</button>
        <button type="button" className="button" disabled={actions.busy} onClick={() => void actions.exportAll('workbook')}>{t('dataSafety.exportWorkbook')}</button>
        <button type="button" className="button" disabled={actions.busy} onClick={() => void actions.exportAll('archive')}>{t('dataSafety.exportArchive')}</button>
      </div>
      {actions.note && (
        <p className={`data-safety-note data-safety-note-${actions.note.state}`} role={actions.note.state === 'error' ? 'alert' : 'status'} data-testid="data-safety-note">
          {actions.note.state === 'busy' && <span className="spinner" aria-hidden="true" />}
          {actions.note.text}
        </p>
      )}
      {error && <p className="field-error" role="alert">{t('dataSafety.loadFailed', { reason: error })}</p>}
      {list ? <BackupTable backups={list.backups} utcOffsetMinutes={utcOffsetMinutes} disabled={actions.busy} onRestore={setAsked} /> : !error && <p className="muted">{t('dataSafety.loading')}</p>}
      {list && <p className="muted data-safety-blobs">{t('dataSafety.blobsNote', { count: list.blobCount })}</p>}
      {asked && (
        <RestoreConfirmDialog
          backup={asked}
          utcOffsetMinutes={utcOffsetMinutes}
          onCancel={() => setAsked(null)}
          onConfirm={() => {
            setAsked(null);
            void actions.restore(asked.name, asked.takenAt);
          }}
        />
      )}
    </>
  );
};

/** 团队设置 → 数据安全 (admins): the hub's backups, 立即备份, 恢复, and the two whole-team exports. */
export const DataSafetyPanel = () => {
  const { t } = useTranslation();
  const profile = useProfile();
  const settings = useTeamSettings();
  return (
    <div className="card data-safety" data-testid="data-safety">
      <h2>{t('dataSafety.title')}</h2>
      {profile.hub ? (
        <Connected hub={{ url: profile.hub.url, token: profile.hub.token }} teamName={settings?.teamName ?? ''} utcOffsetMinutes={settings?.utcOffsetMinutes ?? 480} />
      ) : (
        <p className="muted">{t('dataSafety.notConnected')}</p>
      )}
    </div>
  );
};
