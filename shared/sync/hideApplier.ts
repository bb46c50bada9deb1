import { Subject, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { CollectionName, SalesDeskDatabase } from '../db/collections.ts';
import type { DownstreamTask } from './downstreamEvents.ts';
import type { HubConnection } from './hubConnection.ts';
import type { SyncCheckpoint, WireDoc } from './syncProtocol.ts';

type Replication = RxReplicationState<unknown, SyncCheckpoint>;
const ATTEMPTS = 5;
const SETTLE_MS = 50;
/** A replication stuck on a refused push never reports "in sync"; hides go ahead after this anyway. */
const IN_SYNC_WAIT_MS = 5000;

/** The local documents among `ids`, as the hub would send their deletion (RxDB's bookkeeping stripped). */
const deletedStates = async (collection: RxCollection, ids: readonly string[]): Promise<WireDoc[]> => {
  const found = await collection.storageInstance.findDocumentsById([...ids], false);
  return found.map((doc) => {
    const { _meta: _m, _rev: _r, _attachments: _a, ...fields } = doc as Record<string, unknown>;
    return { ...fields, _deleted: true } as WireDoc;
  });
};

/** The downstream checkpoint the replication holds now: a hide must not move it. */
const currentCheckpoint = (rep: Replication): SyncCheckpoint | undefined =>
  (rep.internalReplicationState as unknown as { lastCheckpointDoc?: { down?: { checkpointData?: SyncCheckpoint } } } | undefined)?.lastCheckpointDoc?.down?.checkpointData;

const settled = (rep: Replication) => Promise.race([rep.awaitInSync().catch(() => undefined), new Promise((r) => setTimeout(r, IN_SYNC_WAIT_MS))]);

export type HideApplier = {
  /** The deletions for one collection's replication stream. */
  tasks$: (name: CollectionName) => Observable<DownstreamTask>;
  /** The replication of a collection started (or restarted under a new epoch): pending hides go to it. */
  attach: (name: CollectionName, rep: Replication) => void;
  stop: () => void;
};

/**
 * Applies the hub's `hide`s and `reveal`s (销售只看自己的客户). RxDB drops a stream task that arrives while it
 * pulls, and one may come before the collection's replication exists (a snapshot still loading), so they wait
 * here until the replication is idle, then go in at its own checkpoint (a revealed document is older than it,
 * a hidden one becomes a deletion), and are checked again until applied.
 */
export const createHideApplier = (db: SalesDeskDatabase, conn: HubConnection): HideApplier => {
  const hidden = new Map<CollectionName, Set<string>>();
  const revealed = new Map<CollectionName, Map<string, WireDoc>>();
  const subjects = new Map<CollectionName, Subject<DownstreamTask>>();
  const reps = new Map<CollectionName, Replication>();
  const chains = new Map<CollectionName, Promise<void>>();
  const subject = (name: CollectionName) => subjects.get(name) ?? subjects.set(name, new Subject()).get(name)!;
  /** What still has to change locally: hidden ids still present, revealed documents still absent. */
  const outstanding = async (collection: RxCollection, name: CollectionName): Promise<WireDoc[]> => {
    const hide = await deletedStates(collection, [...(hidden.get(name) ?? [])]);
    if (!hide.length) hidden.delete(name);
    const reveal = revealed.get(name) ?? new Map<string, WireDoc>();
    const present = await collection.storageInstance.findDocumentsById([...reveal.keys()], false);
    present.forEach((d) => reveal.delete(String((d as { id: unknown }).id)));
    if (!reveal.size) revealed.delete(name);
    return [...hide, ...reveal.values()];
  };
  const apply = async (name: CollectionName) => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const rep = reps.get(name);
      const collection = db.collections[name] as RxCollection | undefined;
      if (!rep || !collection || (!hidden.has(name) && !revealed.has(name))) return;
      await settled(rep);
      const documents = await outstanding(collection, name);
      if (!documents.length) return;
      subject(name).next({ documents, checkpoint: currentCheckpoint(rep) ?? { seq: 0 } });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
  };
  const run = (name: CollectionName) => chains.set(name, (chains.get(name) ?? Promise.resolve()).then(() => apply(name)).catch(() => undefined));
  const subs = [
    conn.hides$.subscribe((h) => {
      const ids = hidden.get(h.collection) ?? new Set<string>();
      h.ids.forEach((id) => (ids.add(id), revealed.get(h.collection)?.delete(id)));
      hidden.set(h.collection, ids);
      run(h.collection);
    }),
    conn.reveals$.subscribe((r) => {
      const docs = revealed.get(r.collection) ?? new Map<string, WireDoc>();
      r.documents.forEach((d) => (docs.set(d.id, d), hidden.get(r.collection)?.delete(d.id)));
      revealed.set(r.collection, docs);
      run(r.collection);
    }),
  ];
  return {
    tasks$: subject,
    attach: (name, rep) => {
      reps.set(name, rep);
      run(name);
    },
    stop: () => subs.forEach((sub) => sub.unsubscribe()),
  };
};
