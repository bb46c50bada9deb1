import type { RxCollection } from 'rxdb';
import type { CollectionName } from '../db/collections.ts';
import type { HubConnection } from './hubConnection.ts';
import type { WireDoc } from './syncProtocol.ts';
import { writePulledRows } from './writePulledRows.ts';

// Measured on 100k follow-ups in Chromium: 2,000 → 24–26 s, 5,000 → 29 s, 10,000 → 67 s (large IndexedDB transactions stall).
const PAGE = 2000;
const CONTEXT = 'salesdesk-snapshot';
/** RxDB's storage checkpoint: the upstream pass resumes after this (write time, id). */
export type UpstreamCheckpoint = { id: string; lwt: number };
/** `up` is absent when something else wrote to the collection during the load. */
export type SnapshotResult = { seq: number; up?: UpstreamCheckpoint };
type Page = { documents: WireDoc[]; checkpoint: { seq: number } };

const later = (a: UpstreamCheckpoint | undefined, b: UpstreamCheckpoint): UpstreamCheckpoint =>
  !a || b.lwt > a.lwt || (b.lwt === a.lwt && b.id > a.id) ? b : a;

/**
 * Follows the collection's storage writes during the load: the snapshot's last (write time, id) lets
 * replication skip offering 100,000 just-loaded documents back to the hub. A write from elsewhere (the
 * user adding a row meanwhile) could sit before that point, so then no checkpoint is given and the
 * upstream pass checks everything.
 */
const trackWrites = (collection: RxCollection) => {
  let up: UpstreamCheckpoint | undefined;
  let foreign = false;
  const sub = collection.storageInstance.changeStream().subscribe((bulk) => {
    if (bulk.context !== CONTEXT) return void (foreign = true);
    for (const e of bulk.events) up = later(up, { id: e.documentId, lwt: e.documentData._meta.lwt });
  });
  return { checkpoint: () => (foreign ? undefined : up), stop: () => sub.unsubscribe() };
};

/**
 * First sync of an empty collection: pages the hub's documents straight into local storage (one write
 * per document, no per-document replication bookkeeping), marked as pulled by the replication
 * `replicationId` so that it applies teammates' later edits of them (writePulledRows). Replication then
 * pulls from the snapshot's sequence number and pushes only what was written after the snapshot (`up`).
 * Rows edited here without a replicated base are based on the hub's revision at that sequence
 * (rebaseSnapshotRows).
 * The next page is fetched while the current one is written: IndexedDB and the LAN work in parallel.
 * Returns null when the collection already has data.
 */
export const loadSnapshot = async (
  collection: RxCollection,
  conn: HubConnection,
  name: CollectionName,
  progress: (result: SnapshotResult) => Promise<unknown>,
  replicationId: string,
): Promise<SnapshotResult | null> => {
  if ((await collection.count().exec()) > 0) return null;
  const writes = trackWrites(collection);
  try {
    return await loadPages(collection, conn, { name, replicationId }, progress, writes.checkpoint);
  } finally {
    writes.stop();
  }
};

const loadPages = async (
  collection: RxCollection,
  conn: HubConnection,
  { name, replicationId }: { name: CollectionName; replicationId: string | undefined },
  progress: (result: SnapshotResult) => Promise<unknown>,
  up: () => UpstreamCheckpoint | undefined,
): Promise<SnapshotResult> => {
  const fetchPage = (afterSeq: number): Promise<Page> => conn.request({ t: 'pull', collection: name, afterSeq, limit: PAGE }, 'pulled');
  let next = fetchPage(0);
  for (;;) {
    const page = await next;
    const last = page.documents.length < PAGE;
    if (!last) next = fetchPage(page.checkpoint.seq);
    // A prefetch that fails while this page is written is reported by the await above, next round.
    next.catch(() => undefined);
    await writePulledRows(collection, page.documents.filter((d) => !d._deleted), replicationId, CONTEXT);
    const checkpoint = up();
    const result = { seq: page.checkpoint.seq, ...(checkpoint ? { up: checkpoint } : {}) };
    // Remembered per page: after an interruption, replication continues from here.
    await progress(result);
    if (last) return result;
  }
};
