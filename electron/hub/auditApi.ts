import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { CollectionName } from '../../shared/db/collections.ts';
import {
  AUDIT_API_PREFIX, AUDIT_PAGE_DEFAULT, auditQuerySchema, TRASH_LIMIT, trashQuerySchema,
  type AuditPage, type AuditRow, type TrashItem, type TrashList,
} from '../../shared/sync/auditApiSchemas.ts';
import { canWrite } from '../../shared/sync/canWrite.ts';
import { historyDiff } from '../../shared/sync/historyDiff.ts';
import { hashToken } from './hashToken.ts';
import type { HubStore, Revision, TokenRecord } from './store/HubStore.ts';

export type AuditApiDeps = { store: HubStore };

/** Derived fields (sort keys, name and phone keys) repeat what another field already says. */
export const DERIVED_FIELDS = ['followedDesc', 'nameKey', 'phoneKeys'];
const FAR_FUTURE = 9e15;

// The desktop's page is served from app://, so it reaches the hub cross-origin with a bearer token.
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

type Reply = { status: number; body: unknown };
const ok = (value: unknown): Reply => ({ status: 200, body: { ok: true, value } });
const refuse = (status: number, message: string): Reply => ({ status, body: { ok: false, error: { message } } });

const member = (req: IncomingMessage, store: HubStore): TokenRecord | null => {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const record = token ? store.findToken(hashToken(token)) : null;
  return record && record.revokedAt === null ? record : null;
};

const parseQuery = <S extends z.ZodType>(url: URL, schema: S): z.infer<S> | string => {
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  return parsed.success ? parsed.data : (parsed.error.issues[0]?.message ?? '查询参数无效。');
};

/** One revision as 审计 shows it: what changed against the same record's revision before it. */
const auditRow = (store: HubStore, r: Revision): AuditRow => {
  const previous = store.revisionAt(r.collection, r.id, r.seq - 1);
  const revisions = [...(previous ? [{ ...r, seq: r.seq - 1, doc: previous }] : []), r];
  const [entry] = historyDiff(revisions, { complete: previous === null, ignore: DERIVED_FIELDS });
  return {
    seq: r.seq, at: r.at, memberId: r.memberId, deviceId: r.deviceId, collection: r.collection as CollectionName, id: r.id,
    kind: entry?.kind ?? 'changed', changes: entry?.changes ?? [], doc: r.doc,
  };
};

const revisions = (store: HubStore, url: URL, who: TokenRecord): Reply => {
  if (who.role !== 'admin') return refuse(403, '只有管理员可以查看审计记录：如需查看，请联系团队管理员。');
  const q = parseQuery(url, auditQuerySchema);
  if (typeof q === 'string') return refuse(400, q);
  const filter = { ...(q.member ? { memberId: q.member } : {}), collections: q.types, from: q.from ?? 0, to: q.to ?? FAR_FUTURE };
  const limit = q.limit ?? AUDIT_PAGE_DEFAULT;
  const found = store.audit.revisions({ ...filter, ...(q.before ? { before: q.before } : {}), limit });
  const last = found.at(-1);
  const page: AuditPage = {
    rows: found.map((r) => auditRow(store, r)),
    total: store.audit.countRevisions(filter),
    next: last && found.length === limit ? `${last.at}:${last.seq}` : null,
  };
  return ok(page);
};

/** What a record looked like before it left: a purged one's content is the revision before its removal. */
const binItem = (store: HubStore, row: ReturnType<HubStore['audit']['binned']>[number]): TrashItem | null => {
  const purged = row.doc._deleted;
  const doc = purged ? store.revisionAt(row.collection, row.id, row.seq - 1) : row.doc;
  if (!doc || doc._deleted) return null;
  const trashedAt = typeof doc['trashedAt'] === 'number' && !purged ? doc['trashedAt'] : row.at;
  return { collection: row.collection as CollectionName, id: row.id, seq: row.seq, state: purged ? 'purged' : 'trashed', by: row.memberId, at: trashedAt, doc };
};

/** Every member sees the records they could restore (canWrite): a rep their own, managers and admins the team's. */
const trash = (store: HubStore, url: URL, who: TokenRecord): Reply => {
  const q = parseQuery(url, trashQuerySchema);
  if (typeof q === 'string') return refuse(400, q);
  const rows = store.audit.binned(q.type, TRASH_LIMIT + 1);
  const writer = { memberId: who.memberId, role: who.role };
  const items = rows
    .slice(0, TRASH_LIMIT)
    .map((row) => binItem(store, row))
    .filter((item): item is TrashItem => item !== null && canWrite(item.collection, writer, item.doc, { ...item.doc, trashed: false }));
  const list: TrashList = { items, truncated: rows.length > TRASH_LIMIT };
  return ok(list);
};

const route = (store: HubStore, req: IncomingMessage): Reply => {
  const url = new URL(req.url ?? '/', 'http://hub');
  const action = url.pathname.slice(AUDIT_API_PREFIX.length);
  const who = member(req, store);
  if (!who) return refuse(401, '身份令牌无效或已被撤销：请重新加入团队后再查看。');
  if (action === 'revisions') return revisions(store, url, who);
  if (action === 'trash') return trash(store, url, who);
  if (action === 'devices') return ok(store.audit.deviceNames());
  return refuse(404, '未知的审计操作。');
};

/** GET /api/audit/{revisions,trash,devices}: the admin's 审计, the team's 回收站 and the desktops' names. */
export const createAuditApi = (deps: AuditApiDeps) => async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const reply = req.method === 'OPTIONS' ? { status: 204, body: null } : req.method === 'GET' ? route(deps.store, req) : refuse(405, '请使用 GET');
  res.writeHead(reply.status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(reply.body === null ? undefined : JSON.stringify(reply.body));
};
