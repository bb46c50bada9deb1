import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../platform/api.ts';

type Hub = { name: string; url: string; hubId: string; pin: string | null };

/** Desktop only: lists hubs that announce themselves on the LAN; a click fills in the address (and remembers the certificate pin it announced). */
export const HubDiscovery = ({ pick }: { pick: (host: string, pin: string | null) => void }) => {
  const { t } = useTranslation();
  const [hubs, setHubs] = useState<Hub[] | 'searching' | null>(null);
  const search = () => {
    setHubs('searching');
    void api.discoverHubs().then(setHubs, () => setHubs([]));
  };
  return (
    <div className="discovery">
      <button type="button" className="button" onClick={search} disabled={hubs === 'searching'}>
        {hubs === 'searching' ? t('onboarding.discovering') : t('onboarding.discover')}
      </button>
      {Array.isArray(hubs) && hubs.length === 0 && <p className="muted">{t('onboarding.discoverNone')}</p>}
      {Array.isArray(hubs) && hubs.length > 0 && (
        <div>
          <p className="muted">{t('onboarding.discoverFound')}</p>
          {hubs.map((h) => (
            <button key={h.hubId} type="button" className="button" onClick={() => pick(new URL(h.url).host, h.pin)}>
              {`${h.name} (${new URL(h.url).host})`}
            </button>
          ))}
        </div>
      )}
    </div>
  );
};
