import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DATA_SAFETY_PREFIX } from '../../../shared/dataSafety/dataSafetySchemas.ts';
import { makeHubBackup } from '../hubBackupSchedule.ts';
import { openSqliteHubStore } from '../store/openSqliteHubStore.ts';
import type { SwappableHubStore } from '../store/swappableHubStore.ts';
import { createDataSafetyApi } from './dataSafetyApi.ts';
import { restoreInPlace } from './restoreInPlace.ts';
import type { RestoreEvidence } from './restoreEvidence.ts';
import { teamWorkbookFromStore } from './teamWorkbookFromStore.ts';

export type DataSafetyRouteOptions = {
  store: SwappableHubStore;
  dataDir: string;
  now: () => number;
  /** Drops every sync socket (after a restore). */
  disconnectAll: () => void;
  /** Told of each restore's safety copy, so desktops may write back what the hub held before it. */
  evidence: RestoreEvidence;
  log: (message: string) => void;
};

/** The hub's 数据安全 route, wired from the hub's data folder (hub.sqlite, backups/, blobs/). */
export const dataSafetyRoute = (o: DataSafetyRouteOptions): { prefix: string; handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> } => {
  const dataFile = join(o.dataDir, 'hub.sqlite');
  const backupsDir = join(o.dataDir, 'backups');
  const restore = (name: string) => {
    const outcome = restoreInPlace(
      { store: o.store, dataFile, backupsDir, now: o.now, newId: randomUUID, reopen: () => openSqliteHubStore({ file: dataFile, newId: randomUUID }), disconnectAll: o.disconnectAll },
      name,
      o.evidence.use,
    );
    o.log(`已从备份恢复：${outcome.restored}（恢复前的数据已备份为 ${outcome.safetyBackup}）`);
    return outcome;
  };
  return {
    prefix: DATA_SAFETY_PREFIX,
    handle: createDataSafetyApi({
      store: o.store, dataFile, backupsDir, blobsDir: join(o.dataDir, 'blobs'), now: o.now,
      backup: () => makeHubBackup(o.store, backupsDir, o.now(), 'manual'),
      restore,
      workbook: () => teamWorkbookFromStore(o.store, o.now()),
    }),
  };
};
