import type { ValidationRule } from '../db/schemas/teamSettingsSchema.ts';
import { cellValue, isEmptyValue } from './followUpColumns.ts';
import type { GridColumn, GridRow } from './gridTypes.ts';

/** Why a row cannot be committed as it is: the column (field id) to point at and the message to show. */
export type RowIssue = { field: string; message: string };

/** True when the rule's trigger field holds one of its values (any of them, for multi-select), or anything at all if it lists none. */
const ruleApplies = (rule: ValidationRule, row: GridRow): boolean => {
  const value = cellValue(row, rule.field);
  if (isEmptyValue(value)) return false;
  if (rule.values.length === 0) return true;
  return Array.isArray(value) ? value.some((v) => rule.values.includes(String(v))) : rule.values.includes(String(value));
};

/**
 * Every problem with a row, in column order then rule order: required columns left empty
 * (请填写「label」), then the team's enabled rules whose required fields are empty (the rule's message).
 * The same message for the same field is reported once.
 */
export const validateRow = (row: GridRow, rules: readonly ValidationRule[], columns: readonly GridColumn[]): RowIssue[] => {
  const issues: RowIssue[] = [];
  const add = (field: string, message: string) => {
    if (!issues.some((i) => i.field === field && i.message === message)) issues.push({ field, message });
  };
  for (const column of columns) if (column.required && isEmptyValue(cellValue(row, column.id))) add(column.id, `请填写「${column.label}」`);
  for (const rule of rules) {
    if (!rule.enabled || !ruleApplies(rule, row)) continue;
    for (const field of rule.requires) if (isEmptyValue(cellValue(row, field))) add(field, rule.message);
  }
  return issues;
};
