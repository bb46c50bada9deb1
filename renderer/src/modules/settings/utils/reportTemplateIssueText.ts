import type { TFunction } from 'i18next';
import { NEW_FIELD_ID, type ReportTemplateIssue } from '../../../../../shared/reports/checkReportTemplateDraft.ts';
import { inDraftForm, type ReportTemplateDraft } from '../../../../../shared/reports/reportTemplateDraft.ts';
import { reportSectionLabel } from '../../reports/utils/reportSectionLabel.ts';

/**
 * One problem with a template draft, in the UI language, naming the section as the editor lists it (by its
 * place when it has no name). `newLabel` is the name typed for a field not added yet.
 */
export const reportTemplateIssueText = (t: TFunction, issue: ReportTemplateIssue, draft: ReportTemplateDraft, newLabel = ''): string => {
  if (issue.code === 'nothingShown' || issue.code === 'deadlineFormat') return t(`reportTemplate.errors.${issue.code}`);
  const isNew = issue.sectionId === NEW_FIELD_ID;
  const listed = draft.sections.filter((s) => inDraftForm(draft, s));
  const field = listed.find((s) => s.id === issue.sectionId);
  const label = isNew ? newLabel.trim() : field ? reportSectionLabel(t, { ...field, label: field.label.trim() }) : issue.sectionId;
  switch (issue.code) {
    case 'labelRequired':
      return isNew ? t('reportTemplate.errors.labelRequiredNew') : t('reportTemplate.errors.labelRequired', { position: listed.findIndex((s) => s.id === issue.sectionId) + 1 });
    case 'optionsRequired':
      return isNew || label === '' ? t('reportTemplate.errors.optionsRequiredNew') : t('reportTemplate.errors.optionsRequired', { label });
    case 'labelTaken':
      return t('reportTemplate.errors.labelTaken', { label });
    case 'labelTooLong':
      return t('reportTemplate.errors.labelTooLong', { label, max: issue.max });
    case 'optionTooLong':
      return t('reportTemplate.errors.optionTooLong', { option: issue.option, max: issue.max });
    case 'optionDuplicate':
      return t('reportTemplate.errors.optionDuplicate', { option: issue.option });
    case 'tooManyOptions':
      return t('reportTemplate.errors.tooManyOptions', { max: issue.max });
  }
};
