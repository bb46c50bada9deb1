import { z } from 'zod';

/** The 创建团队 form. Messages are i18n keys, so the renderer shows them in the user's language. */
export const createTeamInputSchema = z.object({
  teamName: z.string().trim().min(1, 'required').max(60, 'tooLong'),
  company: z.string().trim().max(200, 'tooLong'),
  adminName: z.string().trim().min(1, 'required').max(60, 'tooLong'),
  loadDemo: z.boolean(),
});

export type CreateTeamInput = z.infer<typeof createTeamInputSchema>;

export const createTeamLimits = { teamName: 60, company: 200, adminName: 60 } as const;
