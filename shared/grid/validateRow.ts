import type { ValidationRule } from '../db/schemas/teamSettingsSchema.ts';
import { cellValue, isEmptyValue } from './followUpColumns.ts';
import type { GridColumn, GridRecord } from './gridTypes.ts';

/** Why a row cannot be committed as it is: the column (field id) to point at and the message to show. */
export type RowIssue = { field: string; message: string };

/** A row's value by column id (custom fields as 'custom.<id>'). */
type ValueOf = (field: string) => unknown;

/** True when the rule's trigger field holds one of its values (any of them, for multi-select), or anything at all if it lists none. */
const ruleApplies = (rule: ValidationRule, valueOf: ValueOf): boolean => {
  const value = valueOf(rule.field);
  if (isEmptyValue(value)) return false;
  if (rule.values.length === 0) return true;
  return Array.isArray(value) ? value.some((v) => rule.values.includes(String(v))) : rule.values.includes(String(value));
};

/**
 * The messages of the team's enabled rules a row breaks (a trigger value present, a required field
 * empty), each once per field, in rule order — for values kept by column id, as the importer has them.
 */
export const ruleIssues = (valueOf: ValueOf, rules: readonly ValidationRule[], issues: RowIssue[] = []): RowIssue[] => {
  for (const rule of rules) {
    if (!rule.enabled || !ruleApplies(rule, valueOf)) continue;
    for (const field of rule.requires) {
      if (isEmptyValue(valueOf(field)) && !issues.some((i) => i.field === field && i.message === rule.message)) issues.push({ field, message: rule.message });
    }
  }
  return issues;
};

/**
 * Every problem with a row, in column order then rule order: required columns left empty
 * (请填写「label」), then the team's enabled rules whose required fields are empty (the rule's message).
 * The same message for the same field is reported once.
 */
export const validateRow = (row: GridRecord, rules: readonly ValidationRule[], columns: readonly GridColumn[]): RowIssue[] => {
  const issues: RowIssue[] = [];
  for (const column of columns) if (column.required && isEmptyValue(cellValue(row, column.id))) issues.push({ field: column.id, message: `请填写「${column.label}」` });
  return ruleIssues((field) => cellValue(row, field), rules, issues);
};
