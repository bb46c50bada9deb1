import { useEffect } from 'react';
import { useDatabase } from '../db/DatabaseContext.ts';
import { migrateHubToken } from '../db/migrateHubToken.ts';
import { api } from '../platform/api.ts';

/** Once per start: moves a plain hub token into the OS keychain where there is one (README: 传输安全). */
export const HubTokenMigrationEffect = () => {
  const db = useDatabase();
  useEffect(() => {
    void migrateHubToken(db, api).catch(() => undefined);
  }, [db]);
  return null;
};
