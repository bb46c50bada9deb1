import type { z } from 'zod';

/** unreachable: no answer from the hub (offline); refused: the hub said no (token, body); invalid: an answer we cannot read. */
export type HubFailure = { ok: false; reason: 'unreachable' | 'refused' | 'invalid'; message: string };

/**
 * One call to a hub endpoint with the member's token, its `{ ok, value }` answer read through `schema`;
 * every failure is a Chinese sentence to show. `offline` says what waits for the hub (「这些记录…」).
 */
export const hubRequest = async <S extends z.ZodType>(
  hubUrl: string,
  token: string,
  path: string,
  schema: S,
  options: { body?: unknown; signal?: AbortSignal | undefined; offline: string },
): Promise<{ ok: true; value: z.infer<S> } | HubFailure> => {
  const json = options.body === undefined ? {} : { method: 'POST', body: JSON.stringify(options.body) };
  const headers = { Authorization: `Bearer ${token}`, ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }) };
  let response: Response;
  try {
    response = await fetch(`${hubUrl}${path}`, { ...json, headers, ...(options.signal ? { signal: options.signal } : {}) });
  } catch {
    return { ok: false, reason: 'unreachable', message: `无法连接团队服务器 ${hubUrl}：${options.offline}` };
  }
  const body = (await response.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: { message: string } } | null;
  if (!body?.ok) return { ok: false, reason: 'refused', message: body?.error?.message ?? `团队服务器返回了错误（HTTP ${response.status}）。` };
  const parsed = schema.safeParse(body.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'invalid', message: '团队服务器的回复格式不正确，请确认双方版本一致。' };
};
