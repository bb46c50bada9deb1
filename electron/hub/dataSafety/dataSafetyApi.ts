import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { archiveLine } from '../../../shared/dataSafety/archiveFormat.ts';
import { DATA_SAFETY_PREFIX, restoreRequestSchema, type BackupInfo, type BackupList } from '../../../shared/dataSafety/dataSafetySchemas.ts';
import { hashToken } from '../hashToken.ts';
import { readRequestBody } from '../readRequestBody.ts';
import { listBackups, type HubBackup } from '../store/hubBackups.ts';
import type { HubStore } from '../store/HubStore.ts';
import { backupCounts } from './backupCounts.ts';
import type { RestoreOutcome } from './restoreInPlace.ts';
import { listBlobs, teamArchiveRecords } from './teamArchiveRecords.ts';

export type DataSafetyApiDeps = {
  store: HubStore;
  dataFile: string;
  backupsDir: string;
  blobsDir: string;
  now: () => number;
  backup: () => HubBackup;
  restore: (name: string) => RestoreOutcome;
  /** The whole team as one human-readable workbook. */
  workbook: () => Promise<Uint8Array>;
};

/** A desktop's page is served from app://, so it reaches the hub cross-origin with a bearer token. */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Expose-Headers': 'Content-Disposition',
};

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};
const ok = (res: ServerResponse, value: unknown) => json(res, 200, { ok: true, value });
const refuse = (res: ServerResponse, status: number, message: string) => json(res, status, { ok: false, error: { message } });
const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err));

const isAdmin = (req: IncomingMessage, store: HubStore): boolean => {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const record = token ? store.findToken(hashToken(token)) : null;
  return record !== null && record.revokedAt === null && record.role === 'admin';
};

const listAll = (deps: DataSafetyApiDeps): BackupList => ({
  backups: listBackups(deps.backupsDir).map((b): BackupInfo => ({ name: b.name, takenAt: b.takenAt, kind: b.kind, ...backupCounts(b.file) })),
  blobCount: listBlobs(deps.blobsDir).length,
});

const sendArchive = async (deps: DataSafetyApiDeps, res: ServerResponse): Promise<void> => {
  res.writeHead(200, { ...CORS, 'Content-Type': 'application/gzip', 'Cache-Control': 'no-store' });
  const lines = Readable.from((function* () {
    for (const record of teamArchiveRecords(deps.dataFile, deps.blobsDir, deps.now())) yield archiveLine(record);
  })());
  await pipeline(lines, createGzip(), res);
};

const sendWorkbook = async (deps: DataSafetyApiDeps, res: ServerResponse): Promise<void> => {
  const bytes = await deps.workbook();
  res.writeHead(200, { ...CORS, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Length': bytes.length, 'Cache-Control': 'no-store' });
  res.end(bytes);
};

const restore = async (deps: DataSafetyApiDeps, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  let body: unknown;
  try {
    body = JSON.parse(await readRequestBody(req, 4096));
  } catch {
    return refuse(res, 400, '请求内容不是有效的 JSON');
  }
  const parsed = restoreRequestSchema.safeParse(body);
  if (!parsed.success) return refuse(res, 400, parsed.error.issues[0]?.message ?? '请求内容无效');
  try {
    ok(res, deps.restore(parsed.data.name));
  } catch (err) {
    refuse(res, 500, `恢复失败：${reason(err)}`);
  }
};

const actions: Record<string, (deps: DataSafetyApiDeps, req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
  backups: async (deps, _req, res) => ok(res, listAll(deps)),
  backup: async (deps, _req, res) => {
    try {
      const made = deps.backup();
      ok(res, { name: made.name, takenAt: made.takenAt });
    } catch (err) {
      refuse(res, 500, `备份失败：${reason(err)}。请检查团队服务器的磁盘空间和数据目录权限。`);
    }
  },
  restore,
  archive: (deps, _req, res) => sendArchive(deps, res),
  workbook: (deps, _req, res) => sendWorkbook(deps, res),
};

/** POST /api/data-safety/{backups,backup,restore,archive,workbook}: the 数据安全 panel's hub side, admins only. */
export const createDataSafetyApi = (deps: DataSafetyApiDeps) => async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
  if (req.method === 'OPTIONS') return (res.writeHead(204, CORS), void res.end());
  if (req.method !== 'POST') return refuse(res, 405, '请使用 POST');
  const action = actions[(req.url ?? '').slice(DATA_SAFETY_PREFIX.length).split('?')[0] ?? ''];
  if (!action) return refuse(res, 404, '未知的数据安全操作');
  if (!isAdmin(req, deps.store)) return refuse(res, 403, '只有管理员可以备份、恢复和导出全部数据。请用管理员账号操作。');
  try {
    await action(deps, req, res);
  } catch (err) {
    if (!res.headersSent) refuse(res, 500, `操作失败：${reason(err)}`);
    else res.destroy();
  }
};
