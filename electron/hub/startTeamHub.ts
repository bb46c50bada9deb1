import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { ApiHandlers } from '../../shared/api/appApi.ts';
import { SYNC_PATH } from '../../shared/sync/syncProtocol.ts';
import { TEAM_API_PREFIX } from '../../shared/sync/teamApiSchemas.ts';
import { startHubServer, type HubServer } from './hubServer.ts';
import { openSqliteHubStore } from './store/openSqliteHubStore.ts';
import type { HubStore } from './store/HubStore.ts';
import { createSyncServer, type SyncServer } from './syncServer.ts';
import { createTeamApi, issueJoinCode } from './teamApi.ts';
import { createBlobApi } from './blobApi.ts';
import { createAuditApi } from './auditApi.ts';
import { AUDIT_API_PREFIX } from '../../shared/sync/auditApiSchemas.ts';
import { BLOB_PREFIX } from '../../shared/attachments/blobProtocol.ts';
import { advertiseHub } from './advertiseHub.ts';
import { makeHubBackup, startDailyBackups } from './hubBackupSchedule.ts';
import { restoreHubBackup } from './store/restoreHubBackup.ts';
import { createSwappableHubStore } from './store/swappableHubStore.ts';
import { dataSafetyRoute } from './dataSafety/dataSafetyRoute.ts';
import { importTeamArchive } from './dataSafety/importTeamArchive.ts';
import { createRestoreEvidence } from './dataSafety/restoreEvidence.ts';
import { loadHubCertificate } from './tls/loadHubCertificate.ts';
import { formatJoinCode, pinFromSha256 } from '../../shared/sync/hubPin.ts';

export type TeamHubOptions = {
  dataDir: string;
  host: string;
  port: number;
  rendererDir: string;
  handlers: ApiHandlers;
  now?: () => number;
  /** Restart the hub on this backup: the data is replaced and a new epoch makes clients re-push what it lacks. */
  restoreFrom?: string;
  /** Fill this new (empty) hub from a team archive (.archive) before serving; refused when it holds data. */
  importArchive?: string;
  log?: (message: string) => void;
  /** Announce the hub on the LAN by mDNS (off in tests: no multicast leaves a test run). */
  advertise?: boolean;
  /** Sees the store's SQLite connection when it opens (the fault suite fills the disk with PRAGMA max_page_count). */
  onStoreOpen?: (db: DatabaseSync) => void;
};

export type TeamHub = HubServer & {
  store: HubStore;
  sync: SyncServer;
  /** SHA-256 of the hub's certificate (hex), and its 16-letter pin as join codes carry it. */
  certificate: { sha256: string; pin: string };
  /** A fresh join code for a role, with the certificate's pin (the CLI prints the first admin code of an empty hub). */
  issueJoinCode: (role: 'admin' | 'manager' | 'rep', createdBy?: string) => string;
};

/** The team hub: SQLite store, replication endpoint, team API and the web-mode renderer, on one port. */
export const startTeamHub = async (options: TeamHubOptions): Promise<TeamHub> => {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });
  const dataFile = join(options.dataDir, 'hub.sqlite');
  const backupsDir = join(options.dataDir, 'backups');
  if (options.restoreFrom) {
    restoreHubBackup({ backupFile: options.restoreFrom, dataFile, newEpoch: randomUUID() });
    log(`已从备份恢复：${options.restoreFrom}`);
  }
  if (options.importArchive) {
    const counts = await importTeamArchive({ archiveFile: options.importArchive, dataFile, blobsDir: join(options.dataDir, 'blobs'), newEpoch: randomUUID(), newId: randomUUID });
    log(`已导入归档 ${options.importArchive}：${counts.docs} 条记录、${counts.revisions} 条修改记录、${counts.blobs} 个附件`);
  }
  // Swappable: 数据安全 → 恢复 replaces the database while the hub keeps serving on its port.
  const store = createSwappableHubStore(openSqliteHubStore({ file: dataFile, newId: randomUUID, ...(options.onStoreOpen ? { onOpen: options.onStoreOpen } : {}) }));
  const stopBackups = startDailyBackups(store, backupsDir, now, log);
  const evidence = createRestoreEvidence();
  const sync = createSyncServer(store, now, evidence.vouches);
  // Made once and kept beside the data: every member pins it (README: 传输安全).
  const cert = loadHubCertificate(options.dataDir, { commonName: `SalesDesk hub ${store.hubId.slice(0, 8)}`, now: now() });
  if (cert.created) log('已为团队服务器生成加密证书。');
  const pin = pinFromSha256(cert.sha256);
  const presentCode = (code: string) => formatJoinCode(code, pin);
  const teamApi = createTeamApi({ store, now, newId: randomUUID, disconnectMember: sync.disconnectMember, broadcast: sync.broadcast, canRead: sync.visibility.canRead, backup: () => makeHubBackup(store, backupsDir, now()).name, presentCode });
  const server = await startHubServer({
    host: options.host,
    port: options.port,
    rendererDir: options.rendererDir,
    handlers: options.handlers,
    routes: [
      { prefix: TEAM_API_PREFIX, handle: teamApi },
      // Attachments' bytes live beside the database, named by their SHA-256.
      { prefix: BLOB_PREFIX, handle: createBlobApi({ store, dir: join(options.dataDir, 'blobs'), canRead: sync.visibility.canReadBlob }) },
      // 审计 (admins), 回收站 and the desktops' names, read from the revision store.
      { prefix: AUDIT_API_PREFIX, handle: createAuditApi({ store }) },
      dataSafetyRoute({ store, dataDir: options.dataDir, now, disconnectAll: sync.disconnectAll, evidence, log }),
    ],
    upgrades: { [SYNC_PATH]: sync.handleUpgrade },
    tls: { key: cert.keyPem, cert: cert.certPem },
  });
  const teamName = String(store.get('teamsettings', ['team']).get('team')?.['teamName'] ?? '');
  const withdraw = options.advertise ? advertiseHub({ port: server.port, hubId: store.hubId, teamName, pin }) : async () => undefined;
  return {
    ...server,
    store,
    sync,
    certificate: { sha256: cert.sha256, pin },
    issueJoinCode: (role, createdBy = 'hub') => presentCode(issueJoinCode(store, role, createdBy, now())),
    close: async () => {
      await withdraw();
      stopBackups();
      sync.close();
      await server.close();
      store.close();
    },
  };
};
