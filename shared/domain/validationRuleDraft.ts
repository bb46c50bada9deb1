import { z } from 'zod';
import type { GridColumn } from '../grid/gridTypes.ts';
import type { OptionLists } from './options.ts';
import { ruleValueChoices } from './ruleValueChoices.ts';

/** What an admin picks to add or edit a rule: when `field` holds one of `values` (any value if none), `requires` must be filled. */
export type ValidationRuleDraft = { field: string; values: string[]; requires: string[]; message: string };

/** Why a draft cannot be saved; the renderer words each code (settingsFields.ruleErrors.<code>). */
export type ValidationRuleIssueCode =
  | 'fieldRequired'
  | 'fieldUnknown'
  | 'valuesNotAllowed'
  | 'valueUnknown'
  | 'requiresRequired'
  | 'requiresUnknown'
  | 'requiresSelf'
  | 'messageRequired'
  | 'messageTooLong';

export type ValidationRuleIssue = { path: 'field' | 'values' | 'requires' | 'message'; code: ValidationRuleIssueCode; value?: string };

export const validationRuleLimits = { message: 60 } as const;

const draftSchema = z.object({
  field: z.string({ error: 'fieldRequired' }).min(1, 'fieldRequired'),
  values: z.array(z.string({ error: 'valueUnknown' }), { error: 'valueUnknown' }),
  requires: z.array(z.string({ error: 'requiresUnknown' }), { error: 'requiresRequired' }).min(1, 'requiresRequired'),
  message: z.string({ error: 'messageRequired' }).trim().min(1, 'messageRequired').max(validationRuleLimits.message, 'messageTooLong'),
});

type Result = { ok: true; value: ValidationRuleDraft } | { ok: false; issues: ValidationRuleIssue[] };

/** Everything the picked columns and values must match: live grid columns, and values of the trigger's list. */
const columnIssues = (draft: ValidationRuleDraft, columns: readonly GridColumn[], options: OptionLists): ValidationRuleIssue[] => {
  const issues: ValidationRuleIssue[] = [];
  const trigger = columns.find((c) => c.id === draft.field);
  if (!trigger) issues.push({ path: 'field', code: 'fieldUnknown', value: draft.field });
  const choices = trigger ? ruleValueChoices(trigger, options) : null;
  if (trigger && !choices && draft.values.length) issues.push({ path: 'values', code: 'valuesNotAllowed' });
  for (const value of choices ? draft.values : []) {
    if (!choices?.some((c) => c.id === value)) issues.push({ path: 'values', code: 'valueUnknown', value });
  }
  for (const id of draft.requires) {
    if (id === draft.field) issues.push({ path: 'requires', code: 'requiresSelf' });
    else if (!columns.some((c) => c.id === id)) issues.push({ path: 'requires', code: 'requiresUnknown', value: id });
  }
  return issues;
};

/**
 * Checks a new or edited rule against the grid's live columns (built-in and custom): a trigger column,
 * trigger values from its option list (none for other columns), 1+ required columns other than the
 * trigger, and a message of 1–60 characters. Returns the cleaned draft (trimmed, without repeats).
 */
export const checkValidationRuleDraft = (input: unknown, columns: readonly GridColumn[], options: OptionLists): Result => {
  const parsed = draftSchema.safeParse(input);
  if (!parsed.success) {
    const paths = ['field', 'values', 'requires', 'message'] as const;
    const issues = parsed.error.issues.map((i): ValidationRuleIssue => ({
      path: paths.find((p) => p === i.path[0]) ?? 'field',
      code: i.message as ValidationRuleIssueCode,
    }));
    return { ok: false, issues };
  }
  const value: ValidationRuleDraft = { ...parsed.data, values: [...new Set(parsed.data.values)], requires: [...new Set(parsed.data.requires)] };
  const issues = columnIssues(value, columns, options);
  return issues.length ? { ok: false, issues } : { ok: true, value };
};
