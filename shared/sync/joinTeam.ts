import { parseJoinCode, PIN_MISMATCH_MESSAGE } from './hubPin.ts';
import { joinResponseSchema, TEAM_API_PREFIX, type JoinRequest, type JoinResponse } from './teamApiSchemas.ts';

/** How to reach the hub: a Node client passes a fetch pinned to the hub's certificate (electron/hub/tls/pinnedTransport.ts). */
export type HubTransport = { fetch?: typeof fetch };

/**
 * Asks the hub for a member token with a join code (with or without its certificate pin: the hub only
 * checks the 8-letter code); every failure is a Chinese sentence to show.
 */
export const joinTeam = async (hubUrl: string, request: JoinRequest, transport: HubTransport = {}): Promise<{ ok: true; value: JoinResponse } | { ok: false; message: string }> => {
  let response: Response;
  try {
    response = await (transport.fetch ?? fetch)(`${hubUrl}${TEAM_API_PREFIX}join`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...request, code: parseJoinCode(request.code)?.code ?? request.code }),
    });
  } catch (err) {
    if (err instanceof Error && err.message === PIN_MISMATCH_MESSAGE) return { ok: false, message: PIN_MISMATCH_MESSAGE };
    const tls = hubUrl.startsWith('https:') ? '如果地址无误，也可能是团队服务器的证书与加入码不符（可能连到了别的电脑），请向管理员核对加入码。' : '';
    return { ok: false, message: `无法连接 ${hubUrl}：请确认地址正确、团队服务器已启动，并且在同一局域网内。${tls}` };
  }
  const body = (await response.json().catch(() => null)) as { ok: boolean; value?: unknown; error?: { message: string } } | null;
  if (!body?.ok) return { ok: false, message: body?.error?.message ?? `团队服务器返回了错误（HTTP ${response.status}）。` };
  const parsed = joinResponseSchema.safeParse(body.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: '团队服务器的回复格式不正确，请确认双方版本一致。' };
};
