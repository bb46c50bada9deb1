import type { TFunction } from 'i18next';
import { customFieldLimits, type CustomFieldIssue } from '../../../../../shared/domain/customFieldDraft.ts';

/** One problem with a custom field draft, in the UI language. */
export const fieldIssueText = (t: TFunction, issue: CustomFieldIssue, label: string): string => {
  switch (issue.code) {
    case 'labelTooLong':
      return t('settingsFields.errors.labelTooLong', { max: customFieldLimits.label });
    case 'labelTaken':
    case 'labelReserved':
      return t(`settingsFields.errors.${issue.code}`, { label });
    case 'optionTooLong':
      return t('settingsFields.errors.optionTooLong', { option: issue.option ?? '', max: customFieldLimits.option });
    case 'optionDuplicate':
      return t('settingsFields.errors.optionDuplicate', { option: issue.option ?? '' });
    default:
      return t(`settingsFields.errors.${issue.code}`);
  }
};
