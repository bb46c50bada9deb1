import type { TFunction } from 'i18next';
import { joinTeamInputSchema, type JoinTeamInput } from '../../../../../shared/team/joinTeamInput.ts';

export type JoinField = 'address' | 'code' | 'name';
export type JoinFieldErrors = Partial<Record<JoinField, string>>;

/** Validates the join form and words each problem in the UI language. */
export const validateJoinForm = (input: JoinTeamInput, t: TFunction) => {
  const parsed = joinTeamInputSchema.safeParse(input);
  if (parsed.success) return { ok: true as const, value: parsed.data };
  const errors: JoinFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as JoinField;
    errors[field] ??=
      issue.message === 'badAddress' ? t('onboarding.joinErrors.badAddress')
      : issue.message === 'badCode' ? t('transport.badCode')
      : issue.message === 'codeNeedsPin' ? t('transport.codeNeedsPin')
      : issue.message === 'tooLong' ? t('onboarding.errors.tooLong', { field: t('onboarding.yourName'), max: 60 })
      : t('onboarding.errors.required', { field: t('onboarding.yourName') });
  }
  return { ok: false as const, errors };
};
