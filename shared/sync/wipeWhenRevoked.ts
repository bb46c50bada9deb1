import { filter, take } from 'rxjs';
import type { SalesDeskDatabase } from '../db/collections.ts';
import type { HubConnection } from './hubConnection.ts';
import type { TeamSync } from './startTeamSync.ts';

export type RevocationWatch = {
  /** Resolves once the replica is gone (stays pending while the member is not removed). */
  wiped: Promise<void>;
  stop: () => void;
};

/**
 * A member removed from the team (their tokens revoked) loses the team's data on this desktop the next time it
 * reaches the hub: when the hub answers `revoked`, `onRevoked` runs first (the app stops showing data), then
 * sync stops and the whole RxDB database is removed — every collection, and the local profile with the hub
 * address and token. Only 'revoked' wipes: an unknown token (a hub reinstalled) says nothing about the member.
 */
export const wipeWhenRevoked = (conn: HubConnection, sync: TeamSync, db: SalesDeskDatabase, onRevoked: () => void | Promise<void>): RevocationWatch => {
  let done: { resolve: () => void; reject: (e: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
  const wiped = new Promise<void>((resolve, reject) => (done = { resolve, reject }));
  const wipe = async () => {
    await onRevoked();
    await sync.stop();
    conn.close();
    await db.remove();
  };
  const sub = conn.state$.pipe(filter((s) => s.state === 'refused' && s.code === 'revoked'), take(1)).subscribe(() => {
    wipe().then(done.resolve, done.reject);
  });
  return { wiped, stop: () => sub.unsubscribe() };
};
