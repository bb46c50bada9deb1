import type { TFunction } from 'i18next';
import type { ReportField } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { usesBuiltinLabel } from '../../../../../shared/reports/usesBuiltinLabel.ts';
import type { zhCN } from '../../../../../shared/i18n/zhCN.ts';

type BuiltinSectionId = keyof typeof zhCN.dailyReport.sections;
const builtinIds: readonly string[] = ['problems', 'solutions', 'tomorrowPlan', 'threeThings', 'customerProgress'] satisfies BuiltinSectionId[];

const isBuiltin = (id: string): id is BuiltinSectionId => builtinIds.includes(id);

/**
 * Built-in sections are named in the UI language, unless the admin renamed them (团队设置 → 日报模板); an
 * admin's own fields and renamed built-ins by the label the admin gave them.
 */
export const reportSectionLabel = (t: TFunction, field: Pick<ReportField, 'id' | 'label' | 'builtin'>): string =>
  isBuiltin(field.id) && usesBuiltinLabel(field) ? t(`dailyReport.sections.${field.id}`) : field.label;

/** The hint inside an empty field: a prompt per built-in section, a generic one per kind otherwise. */
export const reportSectionPlaceholder = (t: TFunction, field: Pick<ReportField, 'id' | 'builtin' | 'kind'>): string => {
  if (field.builtin && isBuiltin(field.id)) return t(`dailyReport.placeholders.${field.id}`);
  return t(`dailyReport.placeholders.${field.kind}`);
};
