import type { TFunction } from 'i18next';
import type { TeamSettingsDoc, ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { ruleValueChoices } from '../../../../../shared/domain/ruleValueChoices.ts';
import { gridColumns } from '../../../../../shared/grid/followUpColumns.ts';
import { columnName } from './columnName.ts';

/** A rule in words: 当「当前状态」为 已报价 时 · 必填：金额. Option ids are shown by their labels. */
export const ruleSummary = (t: TFunction, rule: ValidationRule, settings: Pick<TeamSettingsDoc, 'customFields' | 'options'>): { when: string; requires: string } => {
  const separator = t('settingsFields.separator');
  const field = columnName(t, rule.field, settings.customFields);
  const column = gridColumns(settings.customFields).find((c) => c.id === rule.field);
  const choices = column ? ruleValueChoices(column, settings.options) : null;
  const values = rule.values.map((v) => choices?.find((c) => c.id === v)?.label ?? v).join(separator);
  return {
    when: rule.values.length ? t('settingsFields.ruleWhenValues', { field, values }) : t('settingsFields.ruleWhenFilled', { field }),
    requires: t('settingsFields.ruleRequires', { fields: rule.requires.map((id) => columnName(t, id, settings.customFields)).join(separator) }),
  };
};
