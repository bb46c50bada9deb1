import { z } from 'zod';

/** The hub's blob endpoint: PUT and GET /api/blobs/<sha256>, with the member's bearer token. */
export const BLOB_PREFIX = '/api/blobs/';

/** The largest attachment the hub stores (contracts and screenshots fit; a video does not). */
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;

/** A blob's name on the hub: the SHA-256 of its bytes, 64 lowercase hex digits. */
export const sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, '附件编号应为文件内容的 SHA-256（64 位小写十六进制数字），请升级到最新版本后重试。');

/** What the hub answers a PUT or a refusal with; refusals carry a Chinese sentence. */
export const blobReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.object({ sha256: sha256Schema, size: z.number().int().min(0), stored: z.boolean() }) }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) }),
]);

/** Sizes as people read them: 512 B, 38.2 KB, 4.7 MB. */
export const formatBytes = (n: number): string =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
