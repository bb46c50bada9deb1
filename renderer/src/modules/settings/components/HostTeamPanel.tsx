import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalProfile } from '../../../../../shared/team/buildTeamDocs.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { saveLocalProfile } from '../../../db/saveLocalProfile.ts';
import { api } from '../../../platform/api.ts';

/** Desktop only: run the team hub here; the local team becomes the team's data. */
export const HostTeamPanel = ({ adminName }: { adminName: string }) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const profile = useProfile();
  const [lanUrls, setLanUrls] = useState<string[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void api.getHostingState().then((s) => s.running && setLanUrls(s.lanUrls), () => undefined);
  }, []);
  const host = async () => {
    try {
      const team = await api.hostTeam({ memberId: profile.memberId, name: adminName });
      const next: LocalProfile = { ...profile, hub: { url: team.hubUrl, token: team.token, hubId: team.hubId, pin: team.pin } };
      await saveLocalProfile(db, api, next);
      setLanUrls(team.lanUrls);
    } catch (err) {
      setError(t('pages.settings.hostFailed', { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <div className="card">
      <h2>{t('pages.settings.host')}</h2>
      {lanUrls ? (
        <p className="invite-code">{t('pages.settings.hostRunning', { urls: lanUrls.join('  ') })}</p>
      ) : (
        <>
          <p className="form-intro">{t('pages.settings.hostHint')}</p>
          <button type="button" className="button primary" onClick={() => void host()} disabled={!!profile.hub}>
            {t('pages.settings.hostButton')}
          </button>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};
