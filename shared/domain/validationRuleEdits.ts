import type { ValidationRule } from '../db/schemas/teamSettingsSchema.ts';
import type { ValidationRuleDraft } from './validationRuleDraft.ts';

/*
 * Edits of the team's validation rules. A rule keeps its id for life (the default rules' ids are
 * stable across teams), so an edit on one desktop and a toggle on another land on the same rule.
 */

/** Appends a checked draft as an enabled rule. */
export const addValidationRule = (rules: readonly ValidationRule[], draft: ValidationRuleDraft, id: string): ValidationRule[] => [
  ...rules,
  { id, field: draft.field, values: draft.values, requires: draft.requires, message: draft.message, enabled: true },
];

/** Applies a checked draft to a rule; its id and on/off state stay. */
export const updateValidationRule = (rules: readonly ValidationRule[], id: string, draft: ValidationRuleDraft): ValidationRule[] =>
  rules.map((r) => (r.id === id ? { ...r, field: draft.field, values: draft.values, requires: draft.requires, message: draft.message } : r));

export const setValidationRuleEnabled = (rules: readonly ValidationRule[], id: string, enabled: boolean): ValidationRule[] =>
  rules.map((r) => (r.id === id ? { ...r, enabled } : r));

export const removeValidationRule = (rules: readonly ValidationRule[], id: string): ValidationRule[] => rules.filter((r) => r.id !== id);

/** Switches off the enabled rules that use a column (as trigger or as a required field); returns their ids. */
export const disableRulesOnColumn = (rules: readonly ValidationRule[], columnId: string): { rules: ValidationRule[]; disabled: string[] } => {
  const uses = (r: ValidationRule) => r.enabled && (r.field === columnId || r.requires.includes(columnId));
  return { rules: rules.map((r) => (uses(r) ? { ...r, enabled: false } : r)), disabled: rules.filter(uses).map((r) => r.id) };
};
