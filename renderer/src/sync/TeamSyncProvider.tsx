import { useEffect, useState, type ReactNode } from 'react';
import { BehaviorSubject, combineLatest } from 'rxjs';
import type { LocalProfile } from '../../../shared/team/buildTeamDocs.ts';
import type { TeamPresence } from '../../../shared/sync/createTeamPresence.ts';
import { connectToHub } from '../../../shared/sync/hubConnection.ts';
import { startTeamSync, type TeamSyncOptions } from '../../../shared/sync/startTeamSync.ts';
import { wipeWhenRevoked } from '../../../shared/sync/wipeWhenRevoked.ts';
import { TEAM_SETTINGS_ID } from '../../../shared/db/schemas/teamSettingsSchema.ts';
import { markRemovedFromTeam } from './removedFromTeam.ts';
import { api } from '../platform/api.ts';
import { wipeLocalTeamCaches } from './wipeLocalTeamCaches.ts';
import { useDatabase } from '../db/DatabaseContext.ts';
import { deriveSyncStatus, type SyncStatus } from './deriveSyncStatus.ts';
import { SyncStatusContext } from './SyncStatusContext.ts';
import { TeamPresenceContext } from './TeamPresenceContext.ts';

/**
 * Sync tuning from localStorage ('salesdesk.syncPullBatch', 'salesdesk.syncSnapshot' = 'off'): lets support staff (and the benchmark)
 * compare batch sizes on a slow machine without a rebuild.
 */
const syncTuning = (): TeamSyncOptions => {
  const pull = Number(window.localStorage.getItem('salesdesk.syncPullBatch'));
  const snapshot = window.localStorage.getItem('salesdesk.syncSnapshot') !== 'off';
  return { snapshot, ...(Number.isInteger(pull) && pull > 0 ? { pullBatchSize: pull } : {}) };
};

/** Replicates the local database with the team hub while the app runs, and publishes the sync status and teammates' presence. */
export const TeamSyncProvider = ({ profile, children }: { profile: LocalProfile; children: ReactNode }) => {
  const db = useDatabase();
  const [status, setStatus] = useState<SyncStatus>({ kind: profile.hub ? 'connecting' : 'local' });
  const [presence$] = useState(() => new BehaviorSubject<TeamPresence | null>(null));
  const url = profile.hub?.url;
  const token = profile.hub?.token;
  useEffect(() => {
    if (!url || !token) return undefined;
    const conn = connectToHub({ hubUrl: url, token, deviceId: profile.nodeId, now: Date.now });
    const sync = startTeamSync(db, conn, syncTuning());
    presence$.next(sync.presence);
    // Removed from the team: say so (the app makes way for the notice), then erase this desktop's replica.
    const removal = wipeWhenRevoked(conn, sync, db, async () => {
      const team = (await db.teamsettings.findOne(TEAM_SETTINGS_ID).exec().catch(() => null))?.teamName ?? '';
      markRemovedFromTeam({ team, at: Date.now() });
      // The token may live in the OS keychain rather than the (about to be removed) profile.
      await api.deleteSecret('hubToken').catch(() => null);
      await wipeLocalTeamCaches();
    });
    const sub = combineLatest([conn.state$, sync.active$, sync.pending$]).subscribe(([connection, active, pending]) =>
      setStatus(deriveSyncStatus({ connection, active, pending })),
    );
    return () => {
      sub.unsubscribe();
      removal.stop();
      presence$.next(null);
      void sync.stop().then(() => conn.close());
    };
  }, [db, url, token, profile.nodeId, presence$]);
  return (
    <SyncStatusContext.Provider value={status}>
      <TeamPresenceContext.Provider value={presence$}>{children}</TeamPresenceContext.Provider>
    </SyncStatusContext.Provider>
  );
};
