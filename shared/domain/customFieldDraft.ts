import { z } from 'zod';
import type { CustomFieldDef, CustomFieldType } from '../db/schemas/teamSettingsSchema.ts';

/** What an admin types to add or edit a custom field. */
export type CustomFieldDraft = { label: string; type: CustomFieldType; options: string[] };

/** Why a draft cannot be saved; the renderer words each code (settingsFields.errors.<code>). */
export type CustomFieldIssueCode =
  | 'labelRequired'
  | 'labelTooLong'
  | 'labelTaken'
  | 'labelReserved'
  | 'typeUnknown'
  | 'optionsRequired'
  | 'optionEmpty'
  | 'optionTooLong'
  | 'optionDuplicate'
  | 'typeLocked';

export type CustomFieldIssue = { path: 'label' | 'type' | 'options'; code: CustomFieldIssueCode; option?: string };

/** What the check compares against: the other fields, the built-in labels, and whether the edited field holds data. */
export type CustomFieldContext = {
  fields: readonly CustomFieldDef[];
  target: CustomFieldDef['target'];
  /** Labels of the built-in columns of this target (a custom 「金额」 next to the real one would confuse). */
  reserved: readonly string[];
  /** The field being edited, absent when adding. */
  editing?: CustomFieldDef;
  /** True when some record holds a value of the edited field: its type can then no longer change. */
  hasData: boolean;
};

export const customFieldLimits = { label: 20, option: 30 } as const;
export const customFieldTypes: readonly CustomFieldType[] = ['text', 'number', 'date', 'select', 'multiselect', 'member'];

/** Labels compare without case and spaces: 「意向 等级」 and 「意向等级」 are the same column to a person. */
export const labelKey = (label: string): string => label.trim().toLowerCase().replace(/\s+/g, '');

export const hasOptions = (type: CustomFieldType): boolean => type === 'select' || type === 'multiselect';

const draftSchema = z.object({
  label: z.string({ error: 'labelRequired' }).trim().min(1, 'labelRequired').max(customFieldLimits.label, 'labelTooLong'),
  type: z.enum(['text', 'number', 'date', 'select', 'multiselect', 'member'], { error: 'typeUnknown' }),
  options: z.array(z.string({ error: 'optionEmpty' }).trim(), { error: 'optionsRequired' }),
});

type Result = { ok: true; value: CustomFieldDraft } | { ok: false; issues: CustomFieldIssue[] };

/** Label clashes, option rules for select types, and the type lock on a field with data. */
const contextIssues = (draft: CustomFieldDraft, ctx: CustomFieldContext): CustomFieldIssue[] => {
  const issues: CustomFieldIssue[] = [];
  const key = labelKey(draft.label);
  const others = ctx.fields.filter((f) => f.target === ctx.target && !f.archived && f.id !== ctx.editing?.id);
  if (others.some((f) => labelKey(f.label) === key)) issues.push({ path: 'label', code: 'labelTaken' });
  else if (ctx.reserved.some((r) => labelKey(r) === key)) issues.push({ path: 'label', code: 'labelReserved' });
  if (ctx.editing && ctx.hasData && ctx.editing.type !== draft.type) issues.push({ path: 'type', code: 'typeLocked' });
  if (!hasOptions(draft.type)) return issues;
  if (draft.options.length === 0) issues.push({ path: 'options', code: 'optionsRequired' });
  const seen = new Set<string>();
  for (const option of draft.options) {
    if (seen.has(labelKey(option))) issues.push({ path: 'options', code: 'optionDuplicate', option });
    seen.add(labelKey(option));
  }
  return issues;
};

/** Each option non-empty and not too long; duplicates are a context check (they compare keys). */
const optionIssues = (options: readonly string[]): CustomFieldIssue[] =>
  options.flatMap((option): CustomFieldIssue[] => {
    if (option === '') return [{ path: 'options', code: 'optionEmpty' }];
    if (option.length > customFieldLimits.option) return [{ path: 'options', code: 'optionTooLong', option }];
    return [];
  });

/**
 * Checks a new or edited custom field: label 1–20 characters and unique among the target's live fields,
 * select types with at least one option (each non-empty, unique), no type change once records hold data.
 * Returns the cleaned draft (trimmed; no options for types that have none).
 */
export const checkCustomFieldDraft = (input: unknown, ctx: CustomFieldContext): Result => {
  const parsed = draftSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i): CustomFieldIssue => {
      const path = i.path[0] === 'type' || i.path[0] === 'options' ? i.path[0] : 'label';
      return { path, code: i.message as CustomFieldIssueCode };
    });
    return { ok: false, issues };
  }
  const value: CustomFieldDraft = { ...parsed.data, options: hasOptions(parsed.data.type) ? parsed.data.options : [] };
  const issues = [...optionIssues(value.options), ...contextIssues(value, ctx)];
  return issues.length ? { ok: false, issues } : { ok: true, value };
};
