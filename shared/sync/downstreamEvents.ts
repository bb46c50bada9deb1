import { concatMap, filter, map, merge, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { CollectionName } from '../db/collections.ts';
import type { HubConnection } from './hubConnection.ts';
import type { SyncCheckpoint, WireDoc } from './syncProtocol.ts';

export type DownstreamTask = { documents: WireDoc[]; checkpoint: SyncCheckpoint };

/** The local documents among `ids`, as the hub would send their deletion (RxDB's bookkeeping stripped). */
const deletedStates = async (collection: RxCollection, ids: readonly string[]): Promise<WireDoc[]> => {
  const found = await collection.storageInstance.findDocumentsById([...ids], false);
  return found.map((doc) => {
    const { _meta: _m, _rev: _r, _attachments: _a, ...fields } = doc as Record<string, unknown>;
    return { ...fields, _deleted: true } as WireDoc;
  });
};

/**
 * One collection's live stream from the hub, in arrival order: teammates' changes, and `hide`s turned into
 * deletions of the local copies. They go through the replication's downstream like a change, so RxDB records
 * them as the hub's state and never pushes them back (a rep may not delete a colleague's record).
 */
export const downstreamEvents = (collection: RxCollection, name: CollectionName, conn: HubConnection): Observable<DownstreamTask> =>
  merge(
    conn.changes$.pipe(filter((c) => c.collection === name), map((c) => ({ hide: null, change: c }))),
    conn.hides$.pipe(filter((h) => h.collection === name), map((h) => ({ hide: h, change: null }))),
  ).pipe(
    concatMap(async ({ hide, change }): Promise<DownstreamTask> =>
      hide ? { documents: await deletedStates(collection, hide.ids), checkpoint: hide.checkpoint } : { documents: change.documents, checkpoint: change.checkpoint },
    ),
    filter((task) => task.documents.length > 0),
  );
