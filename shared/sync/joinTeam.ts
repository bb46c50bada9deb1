import { joinResponseSchema, TEAM_API_PREFIX, type JoinRequest, type JoinResponse } from './teamApiSchemas.ts';

/** Asks the hub for a member token with a join code; every failure is a Chinese sentence to show. */
export const joinTeam = async (hubUrl: string, request: JoinRequest): Promise<{ ok: true; value: JoinResponse } | { ok: false; message: string }> => {
  let response: Response;
  try {
    response = await fetch(`${hubUrl}${TEAM_API_PREFIX}join`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    return { ok: false, message: `无法连接 ${hubUrl}：请确认地址正确、团队服务器已启动，并且在同一局域网内。` };
  }
  const body = (await response.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: { message: string } } | null;
  if (!body?.ok) return { ok: false, message: body?.error?.message ?? `团队服务器返回了错误（HTTP ${response.status}）。` };
  const parsed = joinResponseSchema.safeParse(body.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: '团队服务器的回复格式不正确，请确认双方版本一致。' };
};
