import { z } from 'zod';
import { isLoopbackHost, joinCodeInputSchema } from '../sync/hubPin.ts';

export const DEFAULT_HUB_PORT = 4317;

/**
 * '192.168.1.10', '192.168.1.10:4317' or 'http://pc-01:4317/' → 'https://192.168.1.10:4317': another
 * computer's hub speaks TLS only; this computer's (127.0.0.1, localhost) also answers plain http.
 */
export const normalizeHubAddress = (raw: string): string | null => {
  const text = raw.trim().replace(/\/+$/, '');
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `http://${text}`);
    if (url.pathname !== '/' || url.search || url.username) return null;
    const scheme = isLoopbackHost(url.hostname) ? url.protocol : 'https:';
    return `${scheme}//${url.hostname}:${url.port || DEFAULT_HUB_PORT}`;
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
    const parsed = joinCodeInputSchema.safeParse(c);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: 'badCode' });
    return z.NEVER;
  }),
  name: z.string().trim().min(1, 'required').max(60, 'tooLong'),
}).superRefine((form, ctx) => {
  // Another computer's hub is trusted only through the certificate pin that the long code carries.
  if (form.address.startsWith('https:') && form.code.length < 20) ctx.addIssue({ code: 'custom', path: ['code'], message: 'codeNeedsPin' });
});
export type JoinTeamInput = z.input<typeof joinTeamInputSchema>;
