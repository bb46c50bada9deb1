import type { TFunction } from 'i18next';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import type { ReportIssue } from '../../../../../shared/reports/reportIssue.ts';
import { reportSectionLabel } from './reportSectionLabel.ts';

/** One refusal in words: which section, what is wrong, what to do. */
export const describeReportIssue = (t: TFunction, issue: ReportIssue, fields: readonly ReportField[]): string => {
  const label = (sectionId: string): string => {
    const field = fields.find((f) => f.id === sectionId);
    return field ? reportSectionLabel(t, field) : sectionId;
  };
  switch (issue.code) {
    case 'required':
    case 'notANumber':
      return t(`dailyReport.issues.${issue.code}`, { label: label(issue.sectionId) });
    case 'notAChoice':
      return t('dailyReport.issues.notAChoice', { label: label(issue.sectionId), options: issue.options.join(t('dailyReport.listSeparator')) });
    case 'tooLong':
      return t('dailyReport.issues.tooLong', { label: label(issue.sectionId), max: issue.max });
    case 'futureDay':
      return t('dailyReport.issues.futureDay', { date: issue.date });
    default:
      return t(`dailyReport.issues.${issue.code}`);
  }
};
