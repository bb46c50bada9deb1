import { historyResponseSchema, TEAM_API_PREFIX, type HistoryRequest, type HistoryResponse } from './teamApiSchemas.ts';

/** unreachable: no answer from the hub (offline); refused: the hub said no (token, body); invalid: an answer we cannot read. */
export type RowHistoryFailure = { ok: false; reason: 'unreachable' | 'refused' | 'invalid'; message: string };

/** Reads one record's revisions from the hub with the member's token; every failure is a Chinese sentence to show. */
export const fetchRowHistory = async (
  hubUrl: string,
  token: string,
  request: HistoryRequest,
  signal?: AbortSignal,
): Promise<{ ok: true; value: HistoryResponse } | RowHistoryFailure> => {
  let response: Response;
  try {
    response = await fetch(`${hubUrl}${TEAM_API_PREFIX}history`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
      ...(signal ? { signal } : {}),
    });
  } catch {
    return { ok: false, reason: 'unreachable', message: `无法连接团队服务器 ${hubUrl}：历史记录保存在团队服务器上，连接后可查看。` };
  }
  const body = (await response.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: { message: string } } | null;
  if (!body?.ok) return { ok: false, reason: 'refused', message: body?.error?.message ?? `团队服务器返回了错误（HTTP ${response.status}）。` };
  const parsed = historyResponseSchema.safeParse(body.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'invalid', message: '团队服务器的回复格式不正确，请确认双方版本一致。' };
};
