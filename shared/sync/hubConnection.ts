import { BehaviorSubject, Subject } from 'rxjs';
import { PIN_MISMATCH_MESSAGE } from './hubPin.ts';
import { hubMessageSchema, SYNC_PATH, SYNC_PROTOCOL, type ClientMessage, type EditingCell, type HubMessage, type SyncErrorCode } from './syncProtocol.ts';

export type Welcome = Extract<HubMessage, { t: 'welcome' }>;
export type ChangeEvent = Extract<HubMessage, { t: 'change' }>;
export type PresenceEvent = Extract<HubMessage, { t: 'presence' }>;
export type HideEvent = Extract<HubMessage, { t: 'hide' }>;
export type RevealEvent = Extract<HubMessage, { t: 'reveal' }>;
/** online: authenticated; offline: retrying; refused: the hub said no (revoked, bad token) — no retry. */
export type ConnectionState =
  | { state: 'connecting'; since: number }
  | { state: 'online'; since: number }
  | { state: 'offline'; since: number; reason: string }
  | { state: 'refused'; since: number; code: SyncErrorCode; reason: string };

type Request = Extract<ClientMessage, { rid: number }>;
type Pending = { resolve: (m: HubMessage) => void; reject: (e: Error) => void };

export type HubConnectionOptions = {
  /** http(s)://host:port of the hub. */
  hubUrl: string;
  token: string;
  deviceId: string;
  now: () => number;
  retryMs?: number;
  /** A Node client opens a socket pinned to the hub's certificate (electron/hub/tls/pinnedTransport.ts); default: the platform's WebSocket. */
  openSocket?: (url: string) => WebSocket;
};

export type HubConnection = {
  state$: BehaviorSubject<ConnectionState>;
  /** Each successful (re)authentication; replications start, or RESYNC, on it. */
  welcome$: Subject<Welcome>;
  changes$: Subject<ChangeEvent>;
  /** Documents this member may no longer see (销售只看自己的客户): the replica deletes them without pushing. */
  hides$: Subject<HideEvent>;
  /** Documents that became visible to this member (older than its checkpoint, so no pull would bring them). */
  reveals$: Subject<RevealEvent>;
  /** Teammates' editors opening and closing (see createTeamPresence). */
  presence$: Subject<PresenceEvent>;
  /** Fire and forget; dropped while not online (presence is re-sent after the next welcome). */
  sendPresence: (editing: EditingCell | null) => void;
  request: <M extends HubMessage['t']>(message: DistributiveOmit<Request, 'rid'>, expect: M) => Promise<Extract<HubMessage, { t: M }>>;
  close: () => void;
};
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class SyncRequestError extends Error {
  readonly code: SyncErrorCode;
  constructor(code: SyncErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const closeReason = (code: number): string =>
  code === 1009 ? '同步数据过大，已被团队服务器拒绝。' : code === 4401 ? '身份令牌无效。' : code === 4403 ? '访问权限已被撤销。' : '与团队服务器的连接已断开，正在重连…';

/**
 * One WebSocket to the hub shared by every collection's replication: hello with the token, then
 * request/response by id, live changes, and a reconnect every ~1 s while the LAN is down.
 */
export const connectToHub = (o: HubConnectionOptions): HubConnection => {
  const state$ = new BehaviorSubject<ConnectionState>({ state: 'connecting', since: o.now() });
  const welcome$ = new Subject<Welcome>();
  const changes$ = new Subject<ChangeEvent>();
  const hides$ = new Subject<HideEvent>();
  const reveals$ = new Subject<RevealEvent>();
  const presence$ = new Subject<PresenceEvent>();
  const pending = new Map<number, Pending>();
  let socket: WebSocket | null = null;
  let nextRid = 1;
  let closed = false;

  const failAll = (reason: string) => {
    for (const p of pending.values()) p.reject(new SyncRequestError('failed', reason));
    pending.clear();
  };
  const onMessage = (raw: string) => {
    const parsed = hubMessageSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.t === 'welcome') return (state$.next({ state: 'online', since: o.now() }), welcome$.next(m));
    if (m.t === 'change') return changes$.next(m);
    if (m.t === 'reveal') return reveals$.next(m);
    // An answer to `holding` is a hide too: applied in the same order as unsolicited ones.
    if (m.t === 'hide') hides$.next(m);
    if (m.t === 'hide' && m.rid === undefined) return;
    if (m.t === 'presence') return presence$.next(m);
    if (m.t === 'error' && m.rid === undefined) {
      if (m.code === 'unauthorized' || m.code === 'revoked') state$.next({ state: 'refused', since: o.now(), code: m.code, reason: m.message });
      return;
    }
    const waiter = pending.get(m.rid as number);
    pending.delete(m.rid as number);
    if (m.t === 'error') waiter?.reject(new SyncRequestError(m.code, m.message));
    else waiter?.resolve(m);
  };
  const open = () => {
    if (closed) return;
    const url = `${o.hubUrl.replace(/^http/, 'ws')}${SYNC_PATH}`;
    const ws = o.openSocket ? o.openSocket(url) : new WebSocket(url);
    socket = ws;
    // A pinned socket names a wrong certificate in its error; a browser's error event says nothing.
    let pinRefused = false;
    ws.onerror = (e) => void (pinRefused = (e as Event & { message?: unknown }).message === PIN_MISMATCH_MESSAGE);
    ws.onopen = () => ws.send(JSON.stringify({ t: 'hello', protocol: SYNC_PROTOCOL, token: o.token, deviceId: o.deviceId }));
    ws.onmessage = (e) => onMessage(String(e.data));
    ws.onclose = (e) => {
      socket = null;
      const reason = pinRefused ? PIN_MISMATCH_MESSAGE : closeReason(e.code);
      failAll(reason);
      if (state$.value.state === 'refused' || closed) return;
      if (state$.value.state !== 'offline') state$.next({ state: 'offline', since: o.now(), reason });
      setTimeout(open, o.retryMs ?? 1000);
    };
  };
  open();

  return {
    state$,
    welcome$,
    changes$,
    hides$,
    reveals$,
    presence$,
    sendPresence: (editing) => {
      if (socket && state$.value.state === 'online') socket.send(JSON.stringify({ t: 'presence', editing } satisfies ClientMessage));
    },
    request: (message, expect) =>
      new Promise((resolve, reject) => {
        if (!socket || state$.value.state !== 'online') return reject(new SyncRequestError('failed', '未连接到团队服务器'));
        const rid = nextRid++;
        pending.set(rid, { resolve: (m) => (m.t === expect ? resolve(m as never) : reject(new SyncRequestError('badMessage', m.t))), reject });
        socket.send(JSON.stringify({ ...message, rid }));
      }),
    close: () => {
      closed = true;
      socket?.close();
      failAll('已断开');
    },
  };
};
