import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/appApi.ts';
import { SYNC_PATH } from '../../shared/sync/syncProtocol.ts';
import { TEAM_API_PREFIX } from '../../shared/sync/teamApiSchemas.ts';
import { startHubServer, type HubServer } from './hubServer.ts';
import { openSqliteHubStore } from './store/openSqliteHubStore.ts';
import type { HubStore } from './store/HubStore.ts';
import { createSyncServer, type SyncServer } from './syncServer.ts';
import { createTeamApi, issueJoinCode } from './teamApi.ts';

export type TeamHubOptions = { dataDir: string; host: string; port: number; rendererDir: string; handlers: ApiHandlers; now?: () => number };

export type TeamHub = HubServer & {
  store: HubStore;
  sync: SyncServer;
  /** A fresh join code for a role (the CLI prints the first admin code of an empty hub). */
  issueJoinCode: (role: 'admin' | 'manager' | 'rep', createdBy?: string) => string;
};

/** The team hub: SQLite store, replication endpoint, team API and the web-mode renderer, on one port. */
export const startTeamHub = async (options: TeamHubOptions): Promise<TeamHub> => {
  const now = options.now ?? Date.now;
  mkdirSync(options.dataDir, { recursive: true });
  const store = openSqliteHubStore({ file: join(options.dataDir, 'hub.sqlite'), newId: randomUUID });
  const sync = createSyncServer(store, now);
  const teamApi = createTeamApi({ store, now, newId: randomUUID, disconnectMember: sync.disconnectMember });
  const server = await startHubServer({
    host: options.host,
    port: options.port,
    rendererDir: options.rendererDir,
    handlers: options.handlers,
    routes: [{ prefix: TEAM_API_PREFIX, handle: teamApi }],
    upgrades: { [SYNC_PATH]: sync.handleUpgrade },
  });
  return {
    ...server,
    store,
    sync,
    issueJoinCode: (role, createdBy = 'hub') => issueJoinCode(store, role, createdBy, now()),
    close: async () => {
      sync.close();
      await server.close();
      store.close();
    },
  };
};
