import { filter, map, merge, type Observable } from 'rxjs';
import type { CollectionName } from '../db/collections.ts';
import type { HubConnection } from './hubConnection.ts';
import type { SyncCheckpoint, WireDoc } from './syncProtocol.ts';

export type DownstreamTask = { documents: WireDoc[]; checkpoint: SyncCheckpoint };

/**
 * One collection's live stream from the hub: teammates' changes, plus the deletions the hide applier makes
 * of documents this member may no longer see (hideApplier.ts). Both go through the replication's downstream,
 * so RxDB records a hide as the hub's state and never pushes it back (a rep may not delete a colleague's record).
 */
export const downstreamEvents = (name: CollectionName, conn: HubConnection, hides$: Observable<DownstreamTask>): Observable<DownstreamTask> =>
  merge(
    conn.changes$.pipe(
      filter((c) => c.collection === name),
      map((c) => ({ documents: c.documents, checkpoint: c.checkpoint })),
    ),
    hides$,
  );
