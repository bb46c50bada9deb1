import type { TFunction } from 'i18next';
import { validationRuleLimits, type ValidationRuleIssue } from '../../../../../shared/domain/validationRuleDraft.ts';

/** One problem with a validation rule draft, in the UI language. */
export const ruleIssueText = (t: TFunction, issue: ValidationRuleIssue): string => {
  if (issue.code === 'messageTooLong') return t('settingsFields.ruleErrors.messageTooLong', { max: validationRuleLimits.message });
  if (issue.code === 'valueUnknown' || issue.code === 'requiresUnknown') return t(`settingsFields.ruleErrors.${issue.code}`, { value: issue.value ?? '' });
  return t(`settingsFields.ruleErrors.${issue.code}`);
};
