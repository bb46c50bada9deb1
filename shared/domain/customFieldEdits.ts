import type { CustomFieldDef, ValidationRule } from '../db/schemas/teamSettingsSchema.ts';
import { CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import { labelKey, type CustomFieldDraft } from './customFieldDraft.ts';
import { disableRulesOnColumn } from './validationRuleEdits.ts';

/*
 * Edits of the team's custom field list. Fields are never deleted: records keep their values under the
 * field's id, and an archived field can come back with them.
 */

type Target = CustomFieldDef['target'];

const byOrder = (a: CustomFieldDef, b: CustomFieldDef) => a.order - b.order;

/** A target's fields as the admin sees them: live ones in grid order, then archived ones. */
export const fieldsInOrder = (fields: readonly CustomFieldDef[], target: Target): { live: CustomFieldDef[]; archived: CustomFieldDef[] } => {
  const mine = fields.filter((f) => f.target === target).sort(byOrder);
  return { live: mine.filter((f) => !f.archived), archived: mine.filter((f) => f.archived) };
};

const nextOrder = (fields: readonly CustomFieldDef[], target: Target): number =>
  fields.filter((f) => f.target === target).reduce((max, f) => Math.max(max, f.order + 1), 0);

/** Appends a checked draft as a live field at the end of its target's list. */
export const addCustomField = (fields: readonly CustomFieldDef[], target: Target, draft: CustomFieldDraft, id: string): CustomFieldDef[] => [
  ...fields,
  { id, label: draft.label, type: draft.type, target, options: draft.options, order: nextOrder(fields, target), archived: false },
];

/** Applies a checked draft to a field; its id, place and target stay. */
export const updateCustomField = (fields: readonly CustomFieldDef[], id: string, draft: CustomFieldDraft): CustomFieldDef[] =>
  fields.map((f) => (f.id === id ? { ...f, label: draft.label, type: draft.type, options: draft.options } : f));

/** Moves a live field one place up (-1) or down (+1) among its target's live fields, renumbering them 0…n. */
export const moveCustomField = (fields: readonly CustomFieldDef[], id: string, step: -1 | 1): CustomFieldDef[] => {
  const field = fields.find((f) => f.id === id);
  if (!field || field.archived) return [...fields];
  const live = fieldsInOrder(fields, field.target).live;
  const from = live.findIndex((f) => f.id === id);
  const to = from + step;
  if (to < 0 || to >= live.length) return [...fields];
  [live[from], live[to]] = [live[to]!, live[from]!];
  const order = new Map(live.map((f, i) => [f.id, i]));
  return fields.map((f) => (order.has(f.id) ? { ...f, order: order.get(f.id)! } : f));
};

/**
 * Archives a field: it leaves the grid, records keep their values. Validation rules that use it are
 * switched off, since the grid could no longer show the cell they point at; their ids are returned.
 */
export const archiveCustomField = (
  fields: readonly CustomFieldDef[],
  rules: readonly ValidationRule[],
  id: string,
): { customFields: CustomFieldDef[]; validationRules: ValidationRule[]; disabledRules: string[] } => {
  const field = fields.find((f) => f.id === id);
  const customFields = fields.map((f) => (f.id === id ? { ...f, archived: true } : f));
  if (field?.target !== 'followUp') return { customFields, validationRules: [...rules], disabledRules: [] };
  const { rules: validationRules, disabled } = disableRulesOnColumn(rules, `${CUSTOM_PREFIX}${id}`);
  return { customFields, validationRules, disabledRules: disabled };
};

/** Brings an archived field back at the end of its list; refused while a live field has its label. */
export const restoreCustomField = (fields: readonly CustomFieldDef[], id: string): { ok: true; fields: CustomFieldDef[] } | { ok: false; code: 'labelTaken' } => {
  const field = fields.find((f) => f.id === id);
  if (!field) return { ok: true, fields: [...fields] };
  if (fields.some((f) => f.id !== id && f.target === field.target && !f.archived && labelKey(f.label) === labelKey(field.label))) return { ok: false, code: 'labelTaken' };
  const order = nextOrder(fields, field.target);
  return { ok: true, fields: fields.map((f) => (f.id === id ? { ...f, archived: false, order } : f)) };
};
