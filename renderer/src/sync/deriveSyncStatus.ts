import type { ConnectionState } from '../../../shared/sync/hubConnection.ts';

/** What the status bar says: this desktop only, 已同步, 同步中 N, 离线 (since), refused. */
export type SyncStatus =
  | { kind: 'local' }
  | { kind: 'connecting' }
  | { kind: 'synced' }
  | { kind: 'syncing'; pending: number }
  | { kind: 'offline'; since: number; pending: number; reason: string }
  | { kind: 'refused'; reason: string };

export type SyncInputs = { connection: ConnectionState | null; active: boolean; pending: number };

export const deriveSyncStatus = ({ connection, active, pending }: SyncInputs): SyncStatus => {
  if (!connection) return { kind: 'local' };
  switch (connection.state) {
    case 'connecting':
      return { kind: 'connecting' };
    case 'refused':
      return { kind: 'refused', reason: connection.reason };
    case 'offline':
      return { kind: 'offline', since: connection.since, pending, reason: connection.reason };
    case 'online':
      return active || pending > 0 ? { kind: 'syncing', pending } : { kind: 'synced' };
  }
};
