import type { TFunction } from 'i18next';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import type { zhCN } from '../../../../../shared/i18n/zhCN.ts';

type BuiltinSectionId = keyof typeof zhCN.dailyReport.sections;
const builtinIds: readonly string[] = ['problems', 'solutions', 'tomorrowPlan', 'threeThings', 'customerProgress'] satisfies BuiltinSectionId[];

const isBuiltin = (id: string): id is BuiltinSectionId => builtinIds.includes(id);

/** Built-in sections are named in the UI language; an admin's own fields by the label the admin gave them. */
export const reportSectionLabel = (t: TFunction, field: Pick<ReportField, 'id' | 'label' | 'builtin'>): string =>
  field.builtin && isBuiltin(field.id) ? t(`dailyReport.sections.${field.id}`) : field.label;

/** The hint inside an empty field: a prompt per built-in section, a generic one per kind otherwise. */
export const reportSectionPlaceholder = (t: TFunction, field: Pick<ReportField, 'id' | 'builtin' | 'kind'>): string => {
  if (field.builtin && isBuiltin(field.id)) return t(`dailyReport.placeholders.${field.id}`);
  return t(`dailyReport.placeholders.${field.kind}`);
};
