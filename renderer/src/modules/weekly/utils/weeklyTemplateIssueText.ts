import type { TFunction } from 'i18next';
import type { WeeklyTemplateIssue } from '../../../../../shared/weekly/checkWeeklyTemplateDraft.ts';
import { defaultWeeklySectionTitles } from '../../../../../shared/weekly/weeklySectionIds.ts';
import type { WeeklyTemplateDraft } from '../../../../../shared/weekly/weeklyTemplateDraft.ts';

/** A 周报模板 problem in words: which person's target or which section, what is wrong and what to write instead. */
export const weeklyTemplateIssueText = (t: TFunction, issue: WeeklyTemplateIssue, draft: WeeklyTemplateDraft, names: ReadonlyMap<string, string>): string => {
  switch (issue.code) {
    case 'noKpi':
      return t('weeklyTemplate.errors.noKpi');
    case 'targetNotNumber':
      return t('weeklyTemplate.errors.targetNotNumber', { name: names.get(issue.memberId) ?? issue.memberId, text: issue.text });
    case 'targetNotWhole':
      return t('weeklyTemplate.errors.targetNotWhole', { name: names.get(issue.memberId) ?? issue.memberId, kpi: t(`weekly.targetKpis.${draft.targetKpi}`) });
    case 'targetNegative':
    case 'targetTooLarge':
      return t(`weeklyTemplate.errors.${issue.code}`, { name: names.get(issue.memberId) ?? issue.memberId });
    case 'titleRequired':
      return t('weeklyTemplate.errors.titleRequired', { name: t(`weekly.sections.${issue.sectionId}`) });
    case 'titleTooLong':
      return t('weeklyTemplate.errors.titleTooLong', { title: draft.sectionTitles[issue.sectionId] ?? defaultWeeklySectionTitles[issue.sectionId], max: issue.max });
  }
};
