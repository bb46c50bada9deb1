import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Role } from '../../shared/domain/roles.ts';
import { formatHlc } from '../../shared/sync/hlc.ts';
import { stampNew } from '../../shared/sync/stampWrite.ts';
import { historyRequestSchema, issueCodeRequestSchema, joinRequestSchema, revokeRequestSchema, TEAM_API_PREFIX, type HistoryRequest, type JoinRequest, type JoinResponse } from '../../shared/sync/teamApiSchemas.ts';
import { hashToken, newToken } from './hashToken.ts';
import { newJoinCode } from './newJoinCode.ts';
import { readRequestBody } from './readRequestBody.ts';
import { rowHistory } from './rowHistory.ts';
import { sendJson } from './sendJson.ts';
import type { HubStore, MasterRow, TokenRecord } from './store/HubStore.ts';

export type TeamApiDeps = {
  store: HubStore;
  now: () => number;
  newId: () => string;
  disconnectMember: (memberId: string) => void;
  /** Tells connected clients of rows the hub wrote itself; without it they would skip a joiner's member document. */
  broadcast: (collection: 'members', rows: MasterRow[]) => void;
  /** 销售只看自己的客户: whether a member may read a record (its history); absent, everyone may. */
  canRead?: (reader: { memberId: string; role: Role }, collection: HistoryRequest['collection'], id: string) => boolean;
  /** Makes a backup now; returns its name. */
  backup: () => string;
  /** The code as members receive it (with the certificate's pin, see shared/sync/hubPin.ts). */
  presentCode?: (code: string) => string;
};

const JOIN_CODE_TTL_MS = 7 * 24 * 3600_000;
const failure = (message: string) => ({ ok: false, error: { message } });

const parseBody = async <S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S> | string> => {
  try {
    const parsed = schema.safeParse(JSON.parse(await readRequestBody(req, 64 * 1024)));
    return parsed.success ? parsed.data : (parsed.error.issues[0]?.message ?? '请求内容无效');
  } catch {
    return '请求内容不是有效的 JSON';
  }
};

const bearer = (req: IncomingMessage, store: HubStore): TokenRecord | null => {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const record = token ? store.findToken(hashToken(token)) : null;
  return record && record.revokedAt === null ? record : null;
};

/** A new member document written by the hub itself, so every desktop learns of the joiner. */
const createMemberDoc = (deps: TeamApiDeps, memberId: string, name: string, role: Role) => {
  const at = deps.now();
  const doc = stampNew(
    { id: memberId, name, role, managerId: '', department: '', phone: '', email: '', active: true, joinedAt: at, monthlyTarget: 0 },
    { now: at, memberId, clock: formatHlc({ ms: at, counter: 0, node: 'hub' }) },
  );
  const outcome = deps.store.push('members', [{ assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } }], { memberId, deviceId: 'hub', at });
  // Live clients follow the change stream's sequence numbers: an unannounced row would fall behind their checkpoint for good.
  deps.broadcast('members', outcome.written);
};

/** Issues a code; the first code of an empty hub is the admin's bootstrap code. */
export const issueJoinCode = (store: HubStore, role: Role, createdBy: string, now: number): string => {
  const code = newJoinCode();
  store.putJoinCode({ code, role, createdBy, createdAt: now, expiresAt: now + JOIN_CODE_TTL_MS, usedAt: null });
  return code;
};

const join = (deps: TeamApiDeps, body: JoinRequest): JoinResponse | string => {
  const code = deps.store.consumeJoinCode(body.code, deps.now());
  if (!code) return '加入码无效、已使用或已过期：请向管理员索取新的加入码。';
  // Only the bootstrap admin keeps the member id of the team it already made on its desktop.
  const keepId = code.createdBy === 'hub' && code.role === 'admin' && body.memberId;
  const memberId = keepId ? (body.memberId as string) : deps.newId();
  if (!keepId) createMemberDoc(deps, memberId, body.name, code.role);
  const token = newToken();
  deps.store.putToken({ tokenHash: hashToken(token), memberId, role: code.role, deviceName: body.deviceName, createdAt: deps.now(), revokedAt: null });
  return { token, memberId, role: code.role, hubId: deps.store.hubId, epoch: deps.store.epoch };
};

type Reply = { status: number; body: unknown };
const ok = (value: unknown): Reply => ({ status: 200, body: { ok: true, value } });
const refuse = (status: number, message: string): Reply => ({ status, body: failure(message) });

const adminActions: Record<string, (deps: TeamApiDeps, req: IncomingMessage, admin: TokenRecord) => Promise<Reply>> = {
  'join-codes': async (deps, req, admin) => {
    const body = await parseBody(req, issueCodeRequestSchema);
    return typeof body === 'string' ? refuse(400, body) : ok({ code: (deps.presentCode ?? String)(issueJoinCode(deps.store, body.role, admin.memberId, deps.now())) });
  },
  revoke: async (deps, req) => {
    const body = await parseBody(req, revokeRequestSchema);
    if (typeof body === 'string') return refuse(400, body);
    const revoked = deps.store.revokeMember(body.memberId, deps.now());
    deps.disconnectMember(body.memberId);
    return ok({ revoked });
  },
  backup: async (deps) => {
    try {
      return ok({ name: deps.backup() });
    } catch (err) {
      return refuse(500, `备份失败：${err instanceof Error ? err.message : String(err)}`);
    }
  },
};

/** Any member may read a record's history: every member already replicates every record (see canWrite for writes). */
const readHistory = async (deps: TeamApiDeps, req: IncomingMessage): Promise<Reply> => {
  const reader = bearer(req, deps.store);
  if (!reader) return refuse(401, '身份令牌无效或已被撤销：请重新加入团队后再查看修改记录。');
  const body = await parseBody(req, historyRequestSchema);
  if (typeof body === 'string') return refuse(400, body);
  if (deps.canRead && !deps.canRead(reader, body.collection, body.id)) return refuse(403, '这条记录不在你可见的范围内（团队已开启「销售只看自己的客户」），无法查看修改记录。');
  return ok(rowHistory(deps.store, body));
};

const route = async (deps: TeamApiDeps, req: IncomingMessage, action: string): Promise<Reply> => {
  if (action === 'join') {
    const body = await parseBody(req, joinRequestSchema);
    if (typeof body === 'string') return refuse(400, body);
    const result = join(deps, body);
    return typeof result === 'string' ? refuse(403, result) : ok(result);
  }
  if (action === 'history') return readHistory(deps, req);
  const handler = adminActions[action];
  if (!handler) return refuse(404, '未知的团队操作');
  const admin = bearer(req, deps.store);
  if (!admin || admin.role !== 'admin') return refuse(403, '只有管理员可以管理成员、加入码和备份。');
  return handler(deps, req, admin);
};

/** POST /api/team/{join,history,join-codes,revoke,backup}: joining with a code, a record's history, and the admin's controls. */
export const createTeamApi = (deps: TeamApiDeps) => async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
  if (req.method !== 'POST') return sendJson(res, 405, failure('请使用 POST'));
  const reply = await route(deps, req, (req.url ?? '').slice(TEAM_API_PREFIX.length).split('?')[0] ?? '');
  sendJson(res, reply.status, reply.body);
};
