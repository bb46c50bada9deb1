import { createRevision, now, type RxCollection } from 'rxdb';
import type { WireDoc } from './syncProtocol.ts';

/**
 * RxDB 17.6's downstream (replication-protocol/downstream.ts) skips a master change for a local
 * document that has no replication meta, taking it for an unpushed local edit, unless `_meta.o` says
 * that this replication's downstream wrote the current revision: { _rev: revision height, hash: hash of
 * 'rxdbreplication' + replication id } (plugins/replication). Pinned by writePulledRows.test.ts.
 */
const originOf = async (collection: RxCollection, replicationId: string) => ({ _rev: 1, hash: await collection.database.hashFunction(`rxdbreplication${replicationId}`) });

/**
 * Inserts documents pulled from the hub outside replication (a snapshot) so that the replication
 * `replicationId` (if given) treats them as pulled: a teammate's later edit of one is applied, while a
 * local edit (a higher revision) still counts as unpushed. The marker is ~80 bytes in the same write;
 * RxDB's per-document replication meta would be a second write holding a full copy of every row.
 * Written below RxDB's storage wrapper, which replaces `_meta` on insert, so revision and write time
 * are stamped here as it would. The schema validator still checks every document, no RxDocument is
 * built for rows nobody is looking at, and live queries still see the change events.
 */
export const writePulledRows = async (collection: RxCollection, docs: readonly WireDoc[], replicationId: string | undefined, context: string): Promise<void> => {
  if (!docs.length) return;
  const meta = { lwt: now(), ...(replicationId === undefined ? {} : { o: await originOf(collection, replicationId) }) };
  // A first revision, as RxDB's wrapper writes it for an insert (so `_meta.o._rev` is its height).
  const rev = createRevision(collection.database.token);
  const rows = docs.map((d) => ({ document: { ...d, _attachments: {}, _meta: meta, _rev: rev } }));
  const storage = collection.storageInstance.originalStorageInstance;
  const { error } = await collection.database.lockedRun(() => storage.bulkWrite(rows as never, context));
  if (error.length) throw new Error(`同步数据写入失败（${error.length} 条），将改用逐条同步。`);
};
