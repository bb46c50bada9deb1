import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { BLOB_PREFIX, MAX_BLOB_BYTES, formatBytes, sha256Schema } from '../../shared/attachments/blobProtocol.ts';
import { hashToken } from './hashToken.ts';
import type { HubStore, TokenRecord } from './store/HubStore.ts';

export type BlobApiDeps = {
  store: HubStore;
  dir: string;
  maxBytes?: number;
  /** 销售只看自己的客户: whether a member may download a file; absent, every member may. */
  canRead?: (reader: { memberId: string; role: TokenRecord['role'] }, sha256: string) => boolean;
};

/** The page of a desktop is served from app://, so it reaches the hub cross-origin; a bearer token, not a cookie, carries the identity. */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

const reply = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};
const refuse = (res: ServerResponse, status: number, message: string): void => reply(res, status, { ok: false, error: { message } });

/** Answers only after the request body has been read (and dropped), so the client can read the refusal. */
const refuseAfterBody = (req: IncomingMessage, res: ServerResponse, status: number, message: string): void => {
  if (req.readableEnded) return refuse(res, status, message);
  req.on('end', () => refuse(res, status, message));
  req.on('error', () => res.destroy());
  req.resume();
};

const blobFile = (dir: string, sha: string): string => join(dir, sha.slice(0, 2), sha);

/** Streams the body to a temporary file while hashing and counting it; stops at the size limit. */
const receive = (req: IncomingMessage, tmp: string, max: number): Promise<{ sha: string; size: number } | 'tooLarge'> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const out = createWriteStream(tmp);
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooLarge = true;
      if (tooLarge) return;
      hash.update(chunk);
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    });
    req.on('end', () => out.end(() => resolve(tooLarge ? 'tooLarge' : { sha: hash.digest('hex'), size })));
    req.on('error', (err) => {
      out.destroy();
      reject(err);
    });
  });

const put = async (deps: BlobApiDeps, req: IncomingMessage, res: ServerResponse, sha: string, max: number): Promise<void> => {
  const limit = `附件不能超过 ${formatBytes(max)}：请压缩文件或拆分后再上传。`;
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > max) return refuseAfterBody(req, res, 413, limit);
  const tmpDir = join(deps.dir, 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  const tmp = join(tmpDir, randomUUID());
  try {
    const got = await receive(req, tmp, max);
    if (got === 'tooLarge') return refuse(res, 413, limit);
    if (got.sha !== sha) return refuse(res, 400, '附件内容与编号不符（上传中可能出错），没有保存：请重新上传。');
    const target = blobFile(deps.dir, sha);
    const existed = await stat(target).then(() => true, () => false);
    if (!existed) {
      mkdirSync(join(deps.dir, sha.slice(0, 2)), { recursive: true });
      await rename(tmp, target);
    }
    reply(res, 200, { ok: true, value: { sha256: sha, size: got.size, stored: !existed } });
  } finally {
    await rm(tmp, { force: true });
  }
};

const get = async (deps: BlobApiDeps, req: IncomingMessage, res: ServerResponse, sha: string): Promise<void> => {
  const file = blobFile(deps.dir, sha);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return refuse(res, 404, '团队服务器上还没有这个附件：上传它的同事的电脑可能还没联网，请稍后再试。');
  res.writeHead(200, { ...CORS, 'Content-Type': 'application/octet-stream', 'Content-Length': info.size, 'Cache-Control': 'private, max-age=31536000, immutable' });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
};

/**
 * /api/blobs/<sha256>: attachments' bytes, stored content-addressed under the hub's data folder (the
 * metadata travels as `attachments` records through sync). PUT stores a body whose SHA-256 is its name,
 * up to the size limit; GET and HEAD read one back. Every call needs a member's live bearer token.
 */
export const createBlobApi = (deps: BlobApiDeps) => async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS);
    return void res.end();
  }
  const parsed = sha256Schema.safeParse((req.url ?? '').slice(BLOB_PREFIX.length).split('?')[0] ?? '');
  if (!parsed.success) return refuseAfterBody(req, res, 400, parsed.error.issues[0]?.message ?? '附件编号无效。');
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const member = token ? deps.store.findToken(hashToken(token)) : null;
  if (!member || member.revokedAt !== null) return refuseAfterBody(req, res, 401, '身份令牌无效或已被撤销：请重新加入团队后再上传或查看附件。');
  if (req.method === 'PUT') return put(deps, req, res, parsed.data, deps.maxBytes ?? MAX_BLOB_BYTES);
  if ((req.method === 'GET' || req.method === 'HEAD') && deps.canRead && !deps.canRead(member, parsed.data)) {
    return refuseAfterBody(req, res, 403, '这个附件所属的客户不在你可见的范围内（团队已开启「销售只看自己的客户」）。');
  }
  if (req.method === 'GET' || req.method === 'HEAD') return get(deps, req, res, parsed.data);
  return refuseAfterBody(req, res, 405, '附件接口只支持 GET、HEAD 和 PUT。');
};
