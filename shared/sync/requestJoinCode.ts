import type { Role } from '../domain/roles.ts';
import type { HubTransport } from './joinTeam.ts';
import { TEAM_API_PREFIX } from './teamApiSchemas.ts';

/** Asks the hub (as an admin) for a one-time join code for a new member. */
export const requestJoinCode = async (hubUrl: string, token: string, role: Role, transport: HubTransport = {}): Promise<{ ok: true; code: string } | { ok: false; message: string }> => {
  try {
    const response = await (transport.fetch ?? fetch)(`${hubUrl}${TEAM_API_PREFIX}join-codes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ role }),
    });
    const body = (await response.json()) as { ok: boolean; value?: { code: string }; error?: { message: string } };
    return body.ok && body.value ? { ok: true, code: body.value.code } : { ok: false, message: body.error?.message ?? `HTTP ${response.status}` };
  } catch {
    return { ok: false, message: `无法连接团队服务器 ${hubUrl}，请检查网络后重试。` };
  }
};
