import type { WebSocket } from 'ws';
import type { CollectionName } from '../../shared/db/collections.ts';
import { canWrite, type Writer } from '../../shared/sync/canWrite.ts';
import { canonicalJson } from '../../shared/sync/canonicalJson.ts';
import { clientMessageSchema, SYNC_PROTOCOL, type ClientMessage, type HubMessage, type SyncErrorCode } from '../../shared/sync/syncProtocol.ts';
import { hashToken } from './hashToken.ts';
import type { HubVisibility } from './hubVisibility.ts';
import type { PresenceRelay } from './presenceRelay.ts';
import { rebaseSnapshotRows } from './rebaseSnapshotRows.ts';
import type { Author, HubStore, MasterRow, PushRow, ReplicatedDoc } from './store/HubStore.ts';

export type SyncDeps = {
  store: HubStore;
  validate: (collection: CollectionName, doc: unknown) => string | null;
  now: () => number;
  /** Sends committed changes to every authenticated session, in commit order. */
  broadcast: (collection: CollectionName, rows: MasterRow[], before?: ReadonlyMap<string, ReplicatedDoc>) => void;
  /** 销售只看自己的客户: what each session may receive and touch. */
  visibility: HubVisibility;
  /** Who is editing which cell: relayed to the other sessions, never stored. */
  presence: PresenceRelay;
  /** After an in-app restore: records the hub held just before it, which any member may write back. */
  restored?: (collection: CollectionName, doc: ReplicatedDoc) => boolean;
};

/** One authenticated (or not yet) client socket; `id` names it in presence messages. */
export type SyncSession = { id: string; writer: Writer | null; token: string; deviceId: string; send: (m: HubMessage) => void; socket: WebSocket };

type PushMessage = Extract<ClientMessage, { t: 'push' }>;

const fail = (s: SyncSession, code: SyncErrorCode, message: string, rid?: number) => s.send({ t: 'error', code, message, ...(rid === undefined ? {} : { rid }) });

const authenticate = (s: SyncSession, deps: SyncDeps, token: string): Writer | null => {
  const record = deps.store.findToken(hashToken(token));
  if (!record) return fail(s, 'unauthorized', '身份令牌无效：请重新加入团队。'), null;
  if (record.revokedAt !== null) return fail(s, 'revoked', '你的访问权限已被管理员撤销，请联系管理员。'), null;
  return { memberId: record.memberId, role: record.role };
};

/** The row's assumption is not the current master: the store answers it with a conflict and writes nothing. */
const isStale = (row: PushRow, master: ReplicatedDoc | undefined): boolean =>
  master !== undefined && (row.assumedMasterState === null || canonicalJson(row.assumedMasterState) !== canonicalJson(master));

/** Refuses the whole push (nothing written) if any row is invalid or not this member's to write. */
const checkPush = (s: SyncSession & { writer: Writer }, deps: SyncDeps, m: PushMessage, rows: PushRow[], masters: Map<string, ReplicatedDoc>): [SyncErrorCode, string] | null => {
  for (const row of rows) {
    const invalid = deps.validate(m.collection, row.newDocumentState);
    if (invalid) return ['invalidDocument', `数据无效，未保存：${invalid}`];
    // A stale row writes nothing (the answer is the master as a conflict), so only writes need permission:
    // after a restore a rep re-pushes teammates' rows it holds, and refusing them would stall its own.
    if (isStale(row, masters.get(row.newDocumentState.id))) continue;
    if (deps.restored?.(m.collection, row.newDocumentState)) continue;
    if (!canWrite(m.collection, s.writer, masters.get(row.newDocumentState.id), row.newDocumentState)) {
      return ['forbidden', `没有权限修改 ${m.collection} 中的记录 ${row.newDocumentState.id}：只能修改自己负责的记录。`];
    }
  }
  return null;
};

const handlePush = (s: SyncSession & { writer: Writer }, deps: SyncDeps, m: PushMessage) => {
  // Revocation takes effect at once: the token is checked again on every write.
  const record = deps.store.findToken(hashToken(s.token));
  if (!record || record.revokedAt !== null) return fail(s, 'revoked', '你的访问权限已被管理员撤销，修改未保存。', m.rid);
  const masters = deps.store.get(m.collection, m.rows.map((r) => r.newDocumentState.id));
  const rows = m.baseSeq === undefined ? m.rows : rebaseSnapshotRows(deps.store, m.collection, m.rows, m.baseSeq, masters);
  const refusal = checkPush(s, deps, m, rows, masters);
  if (refusal) return fail(s, refusal[0], refusal[1], m.rid);
  const hidden = deps.visibility.refusePush(s.writer, m.collection, rows, masters);
  if (hidden) return fail(s, 'forbidden', hidden, m.rid);
  const author: Author = { memberId: s.writer.memberId, deviceId: s.deviceId, at: deps.now() };
  const outcome = deps.store.push(m.collection, rows, author);
  s.send({ t: 'pushed', rid: m.rid, conflicts: outcome.conflicts });
  if (outcome.written.length) deps.broadcast(m.collection, outcome.written, masters);
};

/** One client message: hello first, then pulls and pushes. */
export const handleSyncMessage = (s: SyncSession, deps: SyncDeps, raw: string): void => {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail(s, 'badMessage', '收到的同步消息不是有效的 JSON。');
  }
  const parsed = clientMessageSchema.safeParse(json);
  if (!parsed.success) {
    const rid = (json as { rid?: unknown } | null)?.rid;
    return fail(s, 'badMessage', `同步消息格式不正确：${parsed.error.issues[0]?.message ?? ''}`, typeof rid === 'number' ? rid : undefined);
  }
  const m = parsed.data;
  if (m.t === 'hello') {
    if (m.protocol !== SYNC_PROTOCOL) return fail(s, 'badMessage', '客户端版本与团队服务器不一致，请升级销售台。');
    s.writer = authenticate(s, deps, m.token);
    if (!s.writer) return void s.socket.close(4401);
    s.token = m.token;
    s.deviceId = m.deviceId;
    // Remembers the name this token's desktop was given, so history can say which desktop wrote a revision.
    try {
      deps.store.audit.noteDevice(m.deviceId, hashToken(m.token), deps.now());
    } catch {
      // Bookkeeping only: a full disk must not keep a desktop from connecting and reading.
    }
    s.send({ t: 'welcome', hubId: deps.store.hubId, epoch: deps.store.epoch, member: { id: s.writer.memberId, role: s.writer.role }, serverTime: deps.now(), restricted: deps.visibility.scopeOf(s.writer) !== null });
    return deps.presence.joined(s);
  }
  if (!s.writer) return fail(s, 'unauthorized', '请先发送身份令牌。', 'rid' in m ? m.rid : undefined);
  if (m.t === 'presence') return deps.presence.update(s, m.editing);
  if (m.t === 'pull') {
    // Documents go out as the JSON text SQLite holds: a 5,000-document page is never parsed here.
    const { rows, seq } = deps.visibility.pullJson(s, m.collection, m.afterSeq, m.limit);
    return s.socket.send(`{"t":"pulled","rid":${m.rid},"documents":[${rows.map((r) => r.json).join(',')}],"checkpoint":{"seq":${seq}}}`);
  }
  if (m.t === 'holding') {
    const hidden = deps.visibility.hiddenAmong(s, m.collection, m.ids);
    return s.send({ t: 'hide', rid: m.rid, collection: m.collection, ids: hidden.ids, checkpoint: { seq: hidden.seq } });
  }
  handlePush(s as SyncSession & { writer: Writer }, deps, m);
};
