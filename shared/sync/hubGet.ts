import type { z } from 'zod';
import type { RowHistoryFailure } from './fetchRowHistory.ts';

/**
 * GET a hub endpoint with the member's token and read its `{ ok, value }` answer through `schema`; every
 * failure is a Chinese sentence to show (unreachable: offline; refused: the hub said no; invalid: unreadable).
 */
export const hubGet = async <S extends z.ZodType>(
  hubUrl: string,
  token: string,
  path: string,
  schema: S,
  signal?: AbortSignal,
): Promise<{ ok: true; value: z.infer<S> } | RowHistoryFailure> => {
  let response: Response;
  try {
    response = await fetch(`${hubUrl}${path}`, { headers: { Authorization: `Bearer ${token}` }, ...(signal ? { signal } : {}) });
  } catch {
    return { ok: false, reason: 'unreachable', message: `无法连接团队服务器 ${hubUrl}：这些记录保存在团队服务器上，连接后可查看。` };
  }
  const body = (await response.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: { message: string } } | null;
  if (!body?.ok) return { ok: false, reason: 'refused', message: body?.error?.message ?? `团队服务器返回了错误（HTTP ${response.status}）。` };
  const parsed = schema.safeParse(body.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'invalid', message: '团队服务器的回复格式不正确，请确认双方版本一致。' };
};
