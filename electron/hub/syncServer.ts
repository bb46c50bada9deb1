import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CollectionName } from '../../shared/db/collections.ts';
import { MAX_SYNC_MESSAGE_BYTES } from '../../shared/sync/syncProtocol.ts';
import { answerSafely } from './answerSafely.ts';
import { createPresenceRelay } from './presenceRelay.ts';
import { createReplicatedDocValidator } from './replicatedDocValidator.ts';
import { createHubVisibility, type HubVisibility } from './hubVisibility.ts';
import type { HubStore, MasterRow, ReplicatedDoc } from './store/HubStore.ts';
import { handleSyncMessage, type SyncDeps, type SyncSession } from './syncSession.ts';

export type SyncServer = {
  handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Closes every socket of a member at once (after revocation). */
  disconnectMember: (memberId: string) => void;
  sessionCount: () => number;
  /** Sends rows the hub wrote itself (a joiner's member document) to every connected client, as a push would. */
  broadcast: (collection: CollectionName, rows: MasterRow[], before?: ReadonlyMap<string, ReplicatedDoc>) => void;
  /** 销售只看自己的客户, for the hub's other endpoints (history, files). */
  visibility: HubVisibility;
  /** Drops every socket at once (after a restore: each desktop reconnects and meets the new epoch). */
  disconnectAll: () => void;
  close: () => void;
};

const HELLO_TIMEOUT_MS = 10_000;

/** The replication endpoint: one WebSocket per client, hello with a token, then pull / push / live changes. */
export const createSyncServer = (store: HubStore, now: () => number = Date.now, restored?: SyncDeps['restored']): SyncServer => {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SYNC_MESSAGE_BYTES });
  const sessions = new Set<SyncSession>();
  const visibility = createHubVisibility(store);
  // Each session gets the rows it may see (销售只看自己的客户), and what the commit revealed or hid for it.
  const broadcast = (collection: CollectionName, rows: MasterRow[], before?: ReadonlyMap<string, ReplicatedDoc>) => visibility.broadcast(sessions, collection, rows, before);
  const deps: SyncDeps = { store, validate: createReplicatedDocValidator(), now, broadcast, visibility, presence: createPresenceRelay(sessions, now), ...(restored ? { restored } : {}) };
  let nextSession = 1;

  wss.on('connection', (socket: WebSocket) => {
    const session: SyncSession = { id: `s${nextSession++}`, writer: null, token: '', deviceId: '', socket, send: (m) => socket.send(JSON.stringify(m)) };
    sessions.add(session);
    const helloTimer = setTimeout(() => session.writer || socket.close(4401), HELLO_TIMEOUT_MS);
    socket.on('message', (data) => {
      const raw = String(data);
      answerSafely(raw, () => handleSyncMessage(session, deps, raw), session.send);
    });
    socket.on('close', () => (clearTimeout(helloTimer), sessions.delete(session), deps.presence.left(session)));
    socket.on('error', () => socket.terminate());
  });

  return {
    handleUpgrade: (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
    disconnectMember: (memberId) => {
      for (const s of sessions) if (s.writer?.memberId === memberId) s.socket.close(4403, 'revoked');
    },
    sessionCount: () => sessions.size,
    broadcast,
    visibility,
    disconnectAll: () => {
      for (const s of sessions) s.socket.terminate();
    },
    close: () => {
      for (const s of sessions) s.socket.terminate();
      wss.close();
    },
  };
};
