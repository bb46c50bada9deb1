import { hubRequest, type HubFailure } from './hubRequest.ts';
import { historyResponseSchema, TEAM_API_PREFIX, type HistoryRequest, type HistoryResponse } from './teamApiSchemas.ts';

export type RowHistoryFailure = HubFailure;

/** Reads one record's revisions from the hub with the member's token; every failure is a Chinese sentence to show. */
export const fetchRowHistory = (hubUrl: string, token: string, request: HistoryRequest, signal?: AbortSignal): Promise<{ ok: true; value: HistoryResponse } | RowHistoryFailure> =>
  hubRequest(hubUrl, token, `${TEAM_API_PREFIX}history`, historyResponseSchema, { body: request, signal, offline: '历史记录保存在团队服务器上，连接后可查看。' });
