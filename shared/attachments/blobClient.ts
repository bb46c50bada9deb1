import { BLOB_PREFIX, blobReplySchema } from './blobProtocol.ts';
import { sha256Hex } from './sha256Hex.ts';

/** unreachable: no answer (offline, try later); refused: the hub said no, with its reason; invalid: an answer we cannot use. */
export type BlobFailure = { ok: false; reason: 'unreachable' | 'refused' | 'invalid'; message: string };

const unreachable = (hubUrl: string): BlobFailure => ({ ok: false, reason: 'unreachable', message: `无法连接团队服务器 ${hubUrl}：附件先保存在本机，连上后会自动上传。` });

const refusal = async (response: Response): Promise<BlobFailure> => {
  const parsed = blobReplySchema.safeParse(await response.json().catch(() => null));
  const message = parsed.success && !parsed.data.ok ? parsed.data.error.message : `团队服务器拒绝了请求（HTTP ${response.status}）。`;
  return { ok: false, reason: 'refused', message };
};

/** Sends an attachment's bytes to the hub under their SHA-256; storing the same bytes twice is harmless. */
export const uploadBlob = async (hubUrl: string, token: string, sha256: string, bytes: Uint8Array): Promise<{ ok: true; stored: boolean } | BlobFailure> => {
  let response: Response;
  try {
    response = await fetch(`${hubUrl}${BLOB_PREFIX}${sha256}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: bytes.slice().buffer,
    });
  } catch {
    return unreachable(hubUrl);
  }
  if (!response.ok) return refusal(response);
  const parsed = blobReplySchema.safeParse(await response.json().catch(() => null));
  return parsed.success && parsed.data.ok ? { ok: true, stored: parsed.data.value.stored } : { ok: false, reason: 'invalid', message: '团队服务器的回复格式不正确，请确认双方版本一致。' };
};

/** Fetches an attachment's bytes from the hub and checks them against their name, so a damaged copy is never shown. */
export const fetchBlob = async (hubUrl: string, token: string, sha256: string, signal?: AbortSignal): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | BlobFailure> => {
  let response: Response;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    response = await fetch(`${hubUrl}${BLOB_PREFIX}${sha256}`, { headers: { Authorization: `Bearer ${token}` }, ...(signal ? { signal } : {}) });
    if (!response.ok) return refusal(response);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return unreachable(hubUrl);
  }
  if (sha256Hex(bytes) !== sha256) return { ok: false, reason: 'invalid', message: '从团队服务器取回的附件内容与记录不符（可能传输出错），请稍后重试。' };
  return { ok: true, bytes };
};
