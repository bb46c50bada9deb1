import { useTranslation } from 'react-i18next';
import type { TeamSettingsDoc, ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { checkValidationRuleDraft, type ValidationRuleDraft } from '../../../../../shared/domain/validationRuleDraft.ts';
import { addValidationRule, removeValidationRule, setValidationRuleEnabled, updateValidationRule } from '../../../../../shared/domain/validationRuleEdits.ts';
import { gridColumns } from '../../../../../shared/grid/followUpColumns.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import type { PanelNote } from '../utils/panelNote.ts';
import { ruleIssueText } from '../utils/ruleIssueText.ts';
import { useEditTeamSettings } from './useEditTeamSettings.ts';

export type RuleSaveResult = { ok: true; note: PanelNote } | { ok: false; errors: string[] };

/** The rule panel's actions: checked against the grid's live columns, written as one stamped patch of the rule list. */
export const useValidationRuleActions = (settings: TeamSettingsDoc) => {
  const { t } = useTranslation();
  const edit = useEditTeamSettings();
  const check = (input: unknown) => checkValidationRuleDraft(input, gridColumns(settings.customFields), settings.options);
  const write = (change: (rules: ValidationRule[]) => ValidationRule[], done: PanelNote): Promise<PanelNote> =>
    edit((s) => ({ validationRules: change(s.validationRules) })).then(
      () => done,
      (e: unknown) => ({ error: true, text: t('settingsFields.saveFailed', { reason: e instanceof Error ? e.message : String(e) }) }),
    );

  const save = async (input: ValidationRuleDraft, editing?: ValidationRule): Promise<RuleSaveResult> => {
    const result = check(input);
    if (!result.ok) return { ok: false, errors: [...new Set(result.issues.map((i) => ruleIssueText(t, i)))] };
    const draft = result.value;
    const id = newRecordId('r', Date.now());
    const text = t(editing ? 'settingsFields.ruleUpdated' : 'settingsFields.ruleAdded', { message: draft.message });
    const note = await write((rules) => (editing ? updateValidationRule(rules, editing.id, draft) : addValidationRule(rules, draft, id)), { error: false, text });
    return { ok: true, note };
  };

  /** Switching a rule on checks it first: a rule on an archived field would point at a cell the grid no longer shows. */
  const toggle = (rule: ValidationRule): Promise<PanelNote> => {
    if (!rule.enabled && !check(rule).ok) return Promise.resolve({ error: true, text: t('settingsFields.ruleErrors.enableBroken') });
    const text = t(rule.enabled ? 'settingsFields.ruleDisabled' : 'settingsFields.ruleEnabled', { message: rule.message });
    return write((rules) => setValidationRuleEnabled(rules, rule.id, !rule.enabled), { error: false, text });
  };

  const remove = (rule: ValidationRule): Promise<PanelNote> =>
    write((rules) => removeValidationRule(rules, rule.id), { error: false, text: t('settingsFields.ruleDeleted', { message: rule.message }) });

  /** True when the rule no longer fits the grid (an archived or removed field, an option gone). */
  const isBroken = (rule: ValidationRule) => !check(rule).ok;

  return { save, toggle, remove, isBroken };
};
