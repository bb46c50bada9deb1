import type { RxCollection } from 'rxdb';
import type { CollectionName } from '../db/collections.ts';
import type { HubConnection } from './hubConnection.ts';

const PAGE = 5000;
export type SnapshotResult = { seq: number };

/**
 * First sync of an empty collection: pages the hub's documents straight into local storage (one write
 * per document, no per-document replication bookkeeping), then replication pulls from the snapshot's
 * sequence number. Its first upstream pass offers the loaded documents back once; the hub drops the
 * unchanged ones and bases edited ones on its revision at that sequence (rebaseSnapshotRows).
 * Returns null when the collection already has data.
 */
export const loadSnapshot = async (
  collection: RxCollection,
  conn: HubConnection,
  name: CollectionName,
  progress: (seq: number) => Promise<unknown>,
): Promise<SnapshotResult | null> => {
  if ((await collection.count().exec()) > 0) return null;
  let afterSeq = 0;
  for (;;) {
    const page = await conn.request({ t: 'pull', collection: name, afterSeq, limit: PAGE }, 'pulled');
    const docs = page.documents.filter((d) => !d._deleted).map(({ _deleted, ...doc }) => doc);
    const { error } = docs.length ? await collection.bulkInsert(docs) : { error: [] };
    if (error.length) throw new Error(`同步数据写入失败（${error.length} 条），将改用逐条同步。`);
    afterSeq = page.checkpoint.seq;
    // Remembered per page: after an interruption, replication continues from here.
    await progress(afterSeq);
    if (page.documents.length < PAGE) return { seq: afterSeq };
  }
};
