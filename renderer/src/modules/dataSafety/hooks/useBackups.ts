import { useCallback, useEffect, useState } from 'react';
import { dataSafetyClient, type Outcome } from '../../../../../shared/dataSafety/dataSafetyClient.ts';
import type { BackupList } from '../../../../../shared/dataSafety/dataSafetySchemas.ts';

export type HubAccess = { url: string; token: string };

/** The hub's backups (newest first) as the admin last read them; `refresh` reads them again. */
export const useBackups = (hub: HubAccess) => {
  const [read, setRead] = useState<Outcome<BackupList> | null>(null);
  const refresh = useCallback(async () => setRead(await dataSafetyClient.list(hub.url, hub.token)), [hub.url, hub.token]);
  // The list lives on the hub, not in RxDB: read it when the panel opens (a late answer after leaving is dropped).
  useEffect(() => {
    let open = true;
    void dataSafetyClient.list(hub.url, hub.token).then((r) => open && setRead(r));
    return () => {
      open = false;
    };
  }, [hub.url, hub.token]);
  return { list: read?.ok ? read.value : null, error: read && !read.ok ? read.message : null, refresh };
};
