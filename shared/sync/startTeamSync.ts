import { BehaviorSubject, Subject, combineLatest, from, map, merge, startWith, type Observable, type Subscription } from 'rxjs';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { collectionNames, type CollectionName, type SalesDeskDatabase } from '../db/collections.ts';
import { createTeamPresence, type PresenceOptions, type TeamPresence } from './createTeamPresence.ts';
import type { HubConnection, Welcome } from './hubConnection.ts';
import { downstreamEvents } from './downstreamEvents.ts';
import { createHideApplier } from './hideApplier.ts';
import { loadSnapshot, type SnapshotResult } from './loadSnapshot.ts';
import { reconcileHidden } from './reconcileHidden.ts';
import { replicationIdentifier } from './replicationIdentifier.ts';
import { createResyncGate, type ResyncGate } from './resyncGate.ts';
import { MAX_PULL_LIMIT, MAX_PUSH_ROWS, type SyncCheckpoint, type WireDoc } from './syncProtocol.ts';
import { filteredCollections } from './visibility.ts';

export type TeamSync = {
  /** Local changes waiting to reach the hub (as last attempted), per collection summed. */
  pending$: BehaviorSubject<number>;
  /** True while any collection is transferring. */
  active$: BehaviorSubject<boolean>;
  /** One replication per collection, for the current hub epoch. */
  replications: () => RxReplicationState<unknown, SyncCheckpoint>[];
  /** Resolves when every collection has caught up with the hub (after the next welcome, if offline). */
  awaitInSync: () => Promise<void>;
  /** Who is editing which cell (ephemeral, never replicated). */
  presence: TeamPresence;
  stop: () => Promise<void>;
};

export type TeamSyncOptions = {
  pullBatchSize?: number;
  pushBatchSize?: number;
  retryMs?: number;
  /** Where pulling starts per collection, for a replica that already holds the hub's data up to that point. */
  initialCheckpoints?: Partial<Record<CollectionName, SyncCheckpoint>>;
  /** Load empty collections from a snapshot first (default on). */
  snapshot?: boolean;
  presence?: PresenceOptions;
};

type Stream = Observable<{ documents: WireDoc[]; checkpoint: SyncCheckpoint } | 'RESYNC'>;

type Pending = (name: CollectionName, count: number) => void;
/** Where a collection's replication starts after a snapshot load (absent: from the beginning). */
type Start = SnapshotResult | undefined;

const replicate = (db: SalesDeskDatabase, conn: HubConnection, name: CollectionName, welcome: Welcome, stream$: Stream, o: TeamSyncOptions, pending: Pending, start: Start, gate: ResyncGate) =>
  replicateRxCollection<unknown, SyncCheckpoint>({
    collection: db.collections[name] as never,
    replicationIdentifier: replicationIdentifier(welcome, name),
    live: true,
    retryTime: o.retryMs ?? 1000,
    waitForLeadership: true,
    pull: {
      // Measured on 100k follow-ups in Chromium: 500 → 60 s, 100 → 61 s, 2000 → 73 s (larger writes stall IndexedDB).
      batchSize: o.pullBatchSize ?? 500,
      handler: async (checkpoint, batchSize) => {
        const m = await conn.request({ t: 'pull', collection: name, afterSeq: checkpoint?.seq ?? 0, limit: Math.min(batchSize, MAX_PULL_LIMIT) }, 'pulled');
        gate.pulled(name, m.checkpoint.seq);
        return { documents: m.documents as never[], checkpoint: m.checkpoint };
      },
      stream$: stream$ as never,
      ...(o.initialCheckpoints?.[name] ? { initialCheckpoint: o.initialCheckpoints[name] } : start ? { initialCheckpoint: { seq: start.seq } } : {}),
    },
    push: {
      ...(start?.up ? { initialCheckpoint: start.up } : {}),
      batchSize: Math.min(o.pushBatchSize ?? MAX_PUSH_ROWS, MAX_PUSH_ROWS),
      handler: async (rows) => {
        // A new document has no assumed master; JSON would drop `undefined`, so say null.
        const wire = rows.map((r) => ({ assumedMasterState: (r.assumedMasterState ?? null) as WireDoc | null, newDocumentState: r.newDocumentState as WireDoc }));
        pending(name, rows.length);
        const { conflicts } = await conn.request({ t: 'push', collection: name, rows: wire, ...(start ? { baseSeq: start.seq } : {}) }, 'pushed');
        pending(name, 0);
        return conflicts as never[];
      },
    },
  });

/**
 * RxDB 17.6 stores push.initialCheckpoint before its upstream subscribes to cancellation, so a cancel
 * inside that window leaves an unhandled EmptyError. Waits for the start, then (at most ~2 s) for the
 * upstream pass to begin.
 */
const cancelReplication = async (rep: RxReplicationState<unknown, SyncCheckpoint>): Promise<void> => {
  // A replica still waiting for leadership never started: nothing to wait for.
  if (rep.wasStarted) await rep.startQueue;
  const state = rep.internalReplicationState;
  for (let i = 0; i < 200 && state && !state.events.canceled.getValue() && state.stats.up.upstreamInitialSync === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await rep.cancel();
};

/**
 * Busy while transferring, and until the first full pass both ways is done: RxDB's active$ stays false
 * during the initial upstream pass, which would show 已同步 while local rows are still being sent.
 */
const busy$ = (rep: RxReplicationState<unknown, SyncCheckpoint>): Observable<boolean> => {
  const initial$ = from(rep.awaitInitialReplication().then(() => false, () => false)).pipe(startWith(true));
  return combineLatest([rep.active$, initial$]).pipe(map(([active, initial]) => active || initial));
};

/** Loads an empty collection from a snapshot once per hub epoch; remembers where replication starts. */
const snapshotStart = async (db: SalesDeskDatabase, conn: HubConnection, name: CollectionName, w: Welcome): Promise<Start> => {
  const key = `snapshot-${w.hubId}-${w.epoch}-${name}`;
  const saved = (await db.getLocal<SnapshotResult>(key))?.toJSON().data;
  if (saved) return saved;
  // Loaded rows are marked as pulled by the replication that follows, so it applies later edits of them.
  const result = await loadSnapshot(db.collections[name] as never, conn, name, (r) => db.upsertLocal(key, r), replicationIdentifier(w, name)).catch(() => null);
  return result ?? undefined;
};

/**
 * Replicates every collection of the local database with the hub over one connection. Starts on the
 * first welcome; on every later welcome (a reconnect) each stream emits RESYNC, and if the hub's epoch
 * changed (restored from backup) the replications restart under the new epoch.
 */
export const startTeamSync = (db: SalesDeskDatabase, conn: HubConnection, o: TeamSyncOptions = {}): TeamSync => {
  let current: { epoch: string; reps: RxReplicationState<unknown, SyncCheckpoint>[]; names: CollectionName[] } | null = null;
  let stopped = false;
  let ready: Promise<void> | null = null;
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const resync$ = new Subject<'RESYNC'>();
  // Live changes wait for each collection's first pull after a welcome (resyncGate.ts).
  const gate = createResyncGate(() => resync$.next('RESYNC'), Math.max(o.retryMs ?? 1000, 1000));
  const gatedConn: HubConnection = { ...conn, changes$: gate.changes$(conn.changes$) as unknown as HubConnection['changes$'] };
  // Subscribed before any welcome: a hide may arrive while a collection is still loading its snapshot.
  const hides = createHideApplier(db, conn);
  const pendingBy = new Map<CollectionName, number>();
  const pending$ = new BehaviorSubject(0);
  const active$ = new BehaviorSubject(false);
  let activeSub: Subscription | null = null;
  const setPending: Pending = (name, count) => {
    pendingBy.set(name, count);
    pending$.next([...pendingBy.values()].reduce((a, b) => a + b, 0));
  };
  // Under 销售只看自己的客户, once in sync the replica asks which of its documents it may no longer see.
  const reconcile = (w: Welcome) => {
    if (!w.restricted || !current) return;
    current.reps.forEach((rep, i) => {
      const name = current?.names[i];
      if (!name || !(filteredCollections as readonly string[]).includes(name)) return;
      void rep.awaitInSync().then(() => reconcileHidden(db.collections[name] as never, name, conn)).catch(() => undefined);
    });
  };
  const onWelcome = async (w: Welcome) => {
    gate.welcome(current?.epoch === w.epoch ? current.names : collectionNames.filter((n) => n in db.collections));
    if (current?.epoch === w.epoch) return (resync$.next('RESYNC'), reconcile(w));
    // Snapshot loads come first and count as syncing.
    active$.next(true);
    await Promise.all(current?.reps.map(cancelReplication) ?? []);
    const reps: RxReplicationState<unknown, SyncCheckpoint>[] = [];
    const names: CollectionName[] = [];
    for (const name of collectionNames.filter((n) => n in db.collections)) {
      // A replica told where to start (it already holds the data) and an opted-out one skip the snapshot.
      const start = o.snapshot === false || o.initialCheckpoints?.[name] ? undefined : await snapshotStart(db, conn, name, w);
      if (stopped) break;
      const changes = downstreamEvents(name, gatedConn, hides.tasks$(name));
      const rep = replicate(db, conn, name, w, merge(changes, resync$), o, setPending, start, gate);
      hides.attach(name, rep);
      reps.push(rep);
      names.push(name);
    }
    current = { epoch: w.epoch, reps, names };
    reconcile(w);
    if (stopped) await Promise.all(reps.map(cancelReplication));
    activeSub?.unsubscribe();
    activeSub = combineLatest(reps.map(busy$)).subscribe((flags) => active$.next(flags.some(Boolean)));
  };
  const sub: Subscription = conn.welcome$.subscribe((w) => {
    ready = onWelcome(w).then(markStarted);
  });
  const presence = createTeamPresence(conn, o.presence);
  return {
    pending$,
    active$,
    replications: () => current?.reps ?? [],
    presence,
    awaitInSync: async () => {
      await started;
      await ready;
      await Promise.all((current?.reps ?? []).map((r) => r.awaitInSync()));
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      presence.stop();
      hides.stop();
      gate.stop();
      sub.unsubscribe();
      await ready?.catch(() => undefined);
      activeSub?.unsubscribe();
      await Promise.all(current?.reps.map(cancelReplication) ?? []);
    },
  };
};
