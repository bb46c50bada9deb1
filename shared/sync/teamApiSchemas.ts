import { z } from 'zod';

export const TEAM_API_PREFIX = '/api/team/';

/** Join codes look like 'K7QM-3XWP': no 0/O/1/I, easy to read out across the office. */
export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/, '加入码应为 8 位字母数字，例如 K7QM-3XWP')
  .transform((c) => (c.includes('-') ? c : `${c.slice(0, 4)}-${c.slice(4)}`));

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
