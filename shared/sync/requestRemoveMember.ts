import { TEAM_API_PREFIX } from './teamApiSchemas.ts';

export type RemoveResult = { ok: true; revoked: number } | { ok: false; message: string };

/** Asks the hub (as an admin) to revoke every token of a member: their sockets close at once. */
export const requestRemoveMember = async (hubUrl: string, token: string, memberId: string): Promise<RemoveResult> => {
  try {
    const response = await fetch(`${hubUrl}${TEAM_API_PREFIX}revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ memberId }),
    });
    const body = (await response.json()) as { ok: boolean; value?: { revoked: number }; error?: { message: string } };
    return body.ok && body.value ? { ok: true, revoked: body.value.revoked } : { ok: false, message: body.error?.message ?? `HTTP ${response.status}` };
  } catch {
    return { ok: false, message: `无法连接团队服务器 ${hubUrl}，请检查网络后重试。` };
  }
};
