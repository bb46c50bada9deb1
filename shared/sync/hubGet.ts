import type { z } from 'zod';
import { hubRequest, type HubFailure } from './hubRequest.ts';

/** GET a hub endpoint with the member's token (see hubRequest); for records that live on the hub. */
export const hubGet = <S extends z.ZodType>(hubUrl: string, token: string, path: string, schema: S, signal?: AbortSignal): Promise<{ ok: true; value: z.infer<S> } | HubFailure> =>
  hubRequest(hubUrl, token, path, schema, { signal, offline: '这些记录保存在团队服务器上，连接后可查看。' });
