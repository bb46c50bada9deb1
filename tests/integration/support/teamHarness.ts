import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../../electron/hub/webApiHandlers.ts';
import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';
import { openDatabase } from '../../../shared/db/openDatabase.ts';
import { connectToHub, type HubConnection } from '../../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../../shared/sync/joinTeam.ts';
import { startTeamSync, type TeamSync } from '../../../shared/sync/startTeamSync.ts';
import type { Writer } from '../../../shared/db/stampedWrites.ts';
import { createHlcClock } from '../../../shared/sync/createHlcClock.ts';
import type { JoinResponse } from '../../../shared/sync/teamApiSchemas.ts';
import { validatingStorage } from '../../../shared/db/schemaValidator.ts';

export type TestClient = { name: string; db: SalesDeskDatabase; conn: HubConnection; sync: TeamSync; member: JoinResponse; token: string };

/** A real hub on loopback (SQLite in a temp dir) and helpers to join real RxDB clients to it. */
export const createTeamHarness = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-team-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  const start = (port: number, restoreFrom?: string) =>
    startTeamHub({
      dataDir: join(dir, 'data'), host: '127.0.0.1', port, rendererDir: join(dir, 'renderer'),
      handlers: createWebApiHandlers({ version: 'test', platform: 'linux' }),
      ...(restoreFrom ? { restoreFrom } : {}),
    });
  let hub: TeamHub = await start(0);
  const clients: TestClient[] = [];
  let n = 0;

  const member = async (role: 'admin' | 'manager' | 'rep', name: string, memberId?: string): Promise<JoinResponse> => {
    const joined = await joinTeam(hub.url, { code: hub.issueJoinCode(role), name, deviceName: `${name}的电脑`, ...(memberId ? { memberId } : {}) });
    if (!joined.ok) throw new Error(joined.message);
    return joined.value;
  };

  const connect = (name: string, db: SalesDeskDatabase, joined: JoinResponse): TestClient => {
    const conn = connectToHub({ hubUrl: hub.url, token: joined.token, deviceId: `${name}-device`, now: Date.now, retryMs: 100 });
    const client = { name, db, conn, sync: startTeamSync(db, conn, { retryMs: 100, snapshot: process.env['NO_SNAP'] ? false : true }), member: joined, token: joined.token };
    clients.push(client);
    return client;
  };

  const client = async (name: string, role: 'admin' | 'manager' | 'rep' = 'admin'): Promise<TestClient> => {
    // Two collections per client: RxDB's free build allows 13 open collections per process.
    const db = await openDatabase({ name: `c${Date.now()}${n++}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups', 'members'] });
    return connect(name, db, await member(role, name));
  };

  const close = async () => {
    const open = clients.filter((c) => !c.db.closed);
    for (const c of open) {
      await c.sync.stop();
      c.conn.close();
    }
    await Promise.all(open.map((c) => c.db.remove().catch(() => undefined)));
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  };
  /** Stops the hub and starts it again on the same port, optionally restored from a backup. */
  const restart = async (restoreFrom?: string) => {
    const port = hub.port;
    await hub.close();
    hub = await start(port, restoreFrom);
  };
  return { get hub() { return hub; }, dir, client, connect, member, restart, close };
};

/** Polls until `check` passes or the bound runs out (replicas converge asynchronously). */
export const eventually = async (check: () => Promise<void> | void, timeoutMs = 10_000): Promise<void> => {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() - start > timeoutMs) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
};

/** Stamps for a test client's local edits (its own clock; `now` fixed to force a winner). */
export const clientWriter = (c: TestClient, now: () => number = Date.now): Writer => ({ memberId: c.member.memberId, clock: createHlcClock(c.name, now), now });

/** The desktop loses the LAN: replication stops and the socket closes; its local replica stays. */
export const goOffline = async (c: TestClient): Promise<void> => {
  await c.sync.stop();
  c.conn.close();
};
