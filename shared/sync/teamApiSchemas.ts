import { z } from 'zod';
import { collectionNames } from '../db/collections.ts';
import { parseJoinCode } from './hubPin.ts';

export const TEAM_API_PREFIX = '/api/team/';

/**
 * Join codes look like 'K7QM-3XWP': no 0/O/1/I, easy to read out across the office. Members receive
 * them with the certificate's pin appended (shared/sync/hubPin.ts); the hub checks the first 8 letters.
 */
export const joinCodeSchema = z.string().transform((typed, ctx) => {
  const parsed = parseJoinCode(typed);
  if (parsed) return parsed.code;
  ctx.addIssue({ code: 'custom', message: '加入码应为 24 位（或 8 位）字母数字，例如 K7QM-3XWP-ABCD-EFGH-JKLM-NPQR' });
  return z.NEVER;
});

export const joinRequestSchema = z.object({
  code: joinCodeSchema,
  name: z.string().trim().min(1, '请填写姓名').max(60),
  deviceName: z.string().trim().min(1).max(80),
  /** Only with the hub's first admin code: the joining desktop keeps its existing team and member id. */
  memberId: z.string().min(1).max(40).optional(),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export const joinResponseSchema = z.object({
  token: z.string(),
  memberId: z.string(),
  role: z.enum(['admin', 'manager', 'rep']),
  hubId: z.string(),
  epoch: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const issueCodeRequestSchema = z.object({ role: z.enum(['admin', 'manager', 'rep']) });
export const revokeRequestSchema = z.object({ memberId: z.string().min(1).max(40) });

/** The newest revisions the history endpoint returns for one record (a busy row can have thousands). */
export const HISTORY_LIMIT = 200;

export const historyRequestSchema = z.object({
  collection: z.enum(collectionNames, { error: '请指定要查看修改记录的数据表，例如 followups。' }),
  id: z.string({ error: '请提供要查看修改记录的记录编号 id。' }).min(1, '记录编号 id 不能为空。').max(80, '记录编号 id 过长。'),
});
export type HistoryRequest = z.infer<typeof historyRequestSchema>;

/** One accepted revision as the hub stored it: the whole document and who wrote it, from which desktop, when. */
export const historyRevisionSchema = z.object({
  seq: z.number().int(),
  at: z.number(),
  memberId: z.string(),
  deviceId: z.string(),
  doc: z.record(z.string(), z.unknown()),
});
export type HistoryRevision = z.infer<typeof historyRevisionSchema>;

/** Oldest first; `complete` is false when older revisions were left out (the first one is then only a baseline). */
export const historyResponseSchema = z.object({ revisions: z.array(historyRevisionSchema), complete: z.boolean() });
export type HistoryResponse = z.infer<typeof historyResponseSchema>;
