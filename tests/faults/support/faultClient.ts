import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { RxStorage } from 'rxdb';
import { pinnedWebSocket } from '../../../electron/hub/tls/pinnedTransport.ts';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { CollectionName, SalesDeskDatabase } from '../../../shared/db/collections.ts';
import { openDatabase } from '../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../shared/db/schemaValidator.ts';
import type { Writer } from '../../../shared/db/stampedWrites.ts';
import { createHlcClock } from '../../../shared/sync/createHlcClock.ts';
import { connectToHub, type HubConnection } from '../../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../../shared/sync/joinTeam.ts';
import { startTeamSync, type TeamSync } from '../../../shared/sync/startTeamSync.ts';
import type { HubMessage, WireDoc } from '../../../shared/sync/syncProtocol.ts';
import type { JoinResponse } from '../../../shared/sync/teamApiSchemas.ts';

/**
 * A revision the hub acknowledged to this client (its `pushed` reply named no conflict for the row).
 * `rebased`: sent with no assumed master by a replica loaded from a snapshot, so the hub may have merged
 * it with a newer master on the client's behalf (rebaseSnapshotRows) and stored the merge instead.
 */
export type Acked = { collection: string; doc: WireDoc; rebased?: boolean };

export type FaultClient = {
  name: string;
  db: SalesDeskDatabase;
  conn: HubConnection;
  sync: TeamSync;
  member: JoinResponse;
  /** This desktop's writer; its wall clock is the real one shifted by `skewMs`. */
  writer: Writer;
  acked: Acked[];
  /** Masters the hub answered instead of writing (a stale or repeated push). */
  conflicts: Acked[];
  /** With FAULT_TRACE set: pulls, changes and connection states as this desktop saw them. */
  trace: string[];
  /** The desktop loses the LAN: replication stopped, socket closed; the replica stays. */
  offline: () => Promise<void>;
  /** Back on the LAN: a new connection and replication over the same replica. */
  online: () => void;
  /** Quits the app: replication stopped, socket closed, the local database closed (kept when persistent). */
  quit: () => Promise<void>;
};

export type FaultClientOptions = {
  hubUrl: string;
  member: JoinResponse;
  name: string;
  /** This desktop's clock error in ms (clocks skewed between desktops). */
  skewMs?: number;
  /** Reopen the same local database (persistent storage: a desktop restart). */
  dbName?: string;
  persistent?: boolean;
  collections?: readonly CollectionName[];
  /** The hub's certificate pin: connect over wss pinned to it, as a desktop on the LAN does. */
  pin?: string;
};

/** Joins with a code, as 加入团队 does. */
export const joinWithCode = async (hubUrl: string, code: string, name: string): Promise<JoinResponse> => {
  const joined = await joinTeam(hubUrl, { code, name, deviceName: `${name}的电脑` });
  if (!joined.ok) throw new Error(joined.message);
  return joined.value;
};

/** An admin asks the hub for a join code (团队设置 → 邀请成员). */
export const inviteCode = async (hubUrl: string, adminToken: string, role: 'admin' | 'manager' | 'rep'): Promise<string> => {
  const res = await fetch(`${hubUrl}/api/team/join-codes`, { method: 'POST', headers: { Authorization: `Bearer ${adminToken}` }, body: JSON.stringify({ role }) });
  const body = (await res.json()) as { ok: boolean; value?: { code: string }; error?: { message: string } };
  if (!body.ok || !body.value) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body.value.code;
};

const storageFor = (persistent: boolean): RxStorage<unknown, unknown> =>
  (persistent ? validatingStorage(getRxStorageDexie({ indexedDB, IDBKeyRange })) : validatingStorage(getRxStorageMemory())) as RxStorage<unknown, unknown>;

let opened = 0;

/**
 * A desktop: a real RxDB replica syncing with the hub at `hubUrl` (the hub itself or a proxy in front
 * of it). Every push the hub acknowledges is recorded, so a test can check each one survived.
 */
export const openFaultClient = async (o: FaultClientOptions): Promise<FaultClient> => {
  const name = o.dbName ?? `fault${Date.now()}${opened++}`;
  const db = await openDatabase({ name, storage: storageFor(o.persistent ?? false) as never, only: [...(o.collections ?? ['followups', 'members'])] });
  const skew = o.skewMs ?? 0;
  const now = () => Date.now() + skew;
  const acked: Acked[] = [];
  const conflicts: Acked[] = [];
  const trace: string[] = [];
  const connect = () => {
    const conn = connectToHub({ hubUrl: o.hubUrl, token: o.member.token, deviceId: `${o.name}-device`, now, retryMs: 100, ...(o.pin ? { openSocket: pinnedWebSocket(o.pin) } : {}) });
    const request = conn.request;
    // Observe acknowledgements on the real connection (nothing is changed on the way).
    conn.request = async (message, expect) => {
      // What went over the wire, copied now: the objects may change after the request is sent.
      const sent = message.t === 'push' ? (JSON.parse(JSON.stringify(message.rows)) as typeof message.rows) : [];
      const reply: HubMessage = await request(message, expect);
      if (process.env['FAULT_TRACE'] && message.t === 'pull' && reply.t === 'pulled') trace.push(`${Date.now()} pull ${message.collection} after ${message.afterSeq} → ${reply.documents.length} docs to ${reply.checkpoint.seq} [${reply.documents.map((d) => d.id).join(',')}]`);
      if (message.t === 'push' && reply.t === 'pushed') {
        const conflicted = new Set(reply.conflicts.map((d) => d.id));
        conflicts.push(...reply.conflicts.map((doc) => ({ collection: message.collection, doc })));
        for (const row of sent) {
          const rebased = message.baseSeq !== undefined && row.assumedMasterState === null;
          if (!conflicted.has(row.newDocumentState.id)) acked.push({ collection: message.collection, doc: row.newDocumentState, ...(rebased ? { rebased } : {}) });
        }
      }
      return reply as never;
    };
    if (process.env['FAULT_TRACE']) {
      conn.changes$.subscribe((c) => trace.push(`${Date.now()} change ${c.collection} ${c.checkpoint.seq} [${c.documents.map((d) => d.id).join(',')}]`));
      conn.welcome$.subscribe(() => trace.push(`${Date.now()} welcome`));
      conn.state$.subscribe((st) => trace.push(`${Date.now()} state ${st.state}`));
    }
    return { conn, sync: startTeamSync(db, conn, { retryMs: 100 }) };
  };
  const writer: Writer = { memberId: o.member.memberId, clock: createHlcClock(o.name, now), now };
  const client: FaultClient = {
    name: o.name, db, ...connect(), member: o.member, writer, acked, conflicts, trace,
    offline: async () => {
      await client.sync.stop();
      client.conn.close();
    },
    online: () => Object.assign(client, connect()),
    quit: async () => {
      await client.offline();
      await db.close();
    },
  };
  return client;
};
