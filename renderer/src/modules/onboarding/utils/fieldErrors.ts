import type { TFunction } from 'i18next';
import { createTeamInputSchema, createTeamLimits, type CreateTeamInput } from '../../../../../shared/team/createTeamInput.ts';

export type TeamField = keyof typeof createTeamLimits;
export type FieldErrors = Partial<Record<TeamField, string>>;

const labelKeys = { teamName: 'onboarding.teamName', company: 'onboarding.company', adminName: 'onboarding.yourName' } as const;

/** Validates the form with the shared schema and words each problem in the UI language. */
export const validateTeamForm = (
  input: CreateTeamInput,
  t: TFunction,
): { ok: true; value: CreateTeamInput } | { ok: false; errors: FieldErrors } => {
  const parsed = createTeamInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as TeamField;
    const label = t(labelKeys[field]);
    errors[field] ??=
      issue.message === 'tooLong'
        ? t('onboarding.errors.tooLong', { field: label, max: createTeamLimits[field] })
        : t('onboarding.errors.required', { field: label });
  }
  return { ok: false, errors };
};
