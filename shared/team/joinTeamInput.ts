import { z } from 'zod';
import { joinCodeSchema } from '../sync/teamApiSchemas.ts';

export const DEFAULT_HUB_PORT = 4317;

/** '192.168.1.10', '192.168.1.10:4317' or 'http://pc-01:4317/' → 'http://192.168.1.10:4317'. */
export const normalizeHubAddress = (raw: string): string | null => {
  const text = raw.trim().replace(/\/+$/, '');
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `http://${text}`);
    if (url.pathname !== '/' || url.search || url.username) return null;
    return `${url.protocol}//${url.hostname}:${url.port || DEFAULT_HUB_PORT}`;
  } catch {
    return null;
  }
};

/** The 加入团队 form. Messages are i18n keys. */
export const joinTeamInputSchema = z.object({
  address: z.string().transform((a, ctx) => {
    const url = normalizeHubAddress(a);
    if (url) return url;
    ctx.addIssue({ code: 'custom', message: 'badAddress' });
    return z.NEVER;
  }),
  code: z.string().transform((c, ctx) => {
    const parsed = joinCodeSchema.safeParse(c);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: 'badCode' });
    return z.NEVER;
  }),
  name: z.string().trim().min(1, 'required').max(60, 'tooLong'),
});
export type JoinTeamInput = z.input<typeof joinTeamInputSchema>;
