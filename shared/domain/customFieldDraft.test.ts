import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { checkCustomFieldDraft, type CustomFieldContext } from './customFieldDraft.ts';

const field = (id: string, label: string, over: Partial<CustomFieldDef> = {}): CustomFieldDef => ({
  id, label, type: 'text', target: 'followUp', options: [], order: 0, archived: false, ...over,
});
const ctx = (over: Partial<CustomFieldContext> = {}): CustomFieldContext => ({
  fields: [field('f1', '采购单号'), field('f2', '旧字段', { archived: true }), field('f3', '客户来源', { target: 'customer' })],
  target: 'followUp',
  reserved: ['金额', '备注'],
  hasData: false,
  ...over,
});
const codes = (input: unknown, c = ctx()) => {
  const result = checkCustomFieldDraft(input, c);
  return result.ok ? [] : result.issues.map((i) => i.code);
};

describe('checkCustomFieldDraft', () => {
  it('accepts a select field, trimming the label and options', () => {
    expect(checkCustomFieldDraft({ label: ' 意向等级 ', type: 'select', options: [' A', 'B ', 'C'] }, ctx())).toEqual({
      ok: true,
      value: { label: '意向等级', type: 'select', options: ['A', 'B', 'C'] },
    });
  });

  it('drops options of types that have none', () => {
    const result = checkCustomFieldDraft({ label: '预算', type: 'number', options: ['x', ''] }, ctx());
    expect(result).toEqual({ ok: true, value: { label: '预算', type: 'number', options: [] } });
  });

  it('requires a label of at most 20 characters', () => {
    expect(codes({ label: '  ', type: 'text', options: [] })).toEqual(['labelRequired']);
    expect(codes({ label: '字'.repeat(21), type: 'text', options: [] })).toEqual(['labelTooLong']);
    expect(codes({ label: '字'.repeat(20), type: 'text', options: [] })).toEqual([]);
    expect(codes({ type: 'text', options: [] })).toEqual(['labelRequired']);
  });

  it('refuses a label used by another live field of the target or by a built-in column, ignoring case and spaces', () => {
    expect(codes({ label: '采购 单号', type: 'text', options: [] })).toEqual(['labelTaken']);
    expect(codes({ label: '金额', type: 'number', options: [] })).toEqual(['labelReserved']);
    // Archived fields and the other target's fields do not block a label.
    expect(codes({ label: '旧字段', type: 'text', options: [] })).toEqual([]);
    expect(codes({ label: '客户来源', type: 'text', options: [] })).toEqual([]);
    // Renaming a field to its own label is fine.
    expect(codes({ label: '采购单号', type: 'text', options: [] }, ctx({ editing: field('f1', '采购单号') }))).toEqual([]);
  });

  it('asks select types for at least one option, each non-empty and unique', () => {
    expect(codes({ label: '等级', type: 'select', options: [] })).toEqual(['optionsRequired']);
    expect(codes({ label: '等级', type: 'multiselect', options: ['A', ' '] })).toEqual(['optionEmpty']);
    const result = checkCustomFieldDraft({ label: '等级', type: 'select', options: ['A', 'B', 'a '] }, ctx());
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'options', code: 'optionDuplicate', option: 'a' }]);
    expect(codes({ label: '等级', type: 'select', options: ['长'.repeat(31)] })).toEqual(['optionTooLong']);
  });

  it('refuses an unknown type', () => {
    expect(codes({ label: '等级', type: 'rating', options: [] })).toEqual(['typeUnknown']);
  });

  it('locks the type of a field that holds data, but not its label or options', () => {
    const editing = field('f1', '采购单号');
    expect(codes({ label: '采购单号', type: 'number', options: [] }, ctx({ editing, hasData: true }))).toEqual(['typeLocked']);
    expect(codes({ label: '采购单号', type: 'number', options: [] }, ctx({ editing, hasData: false }))).toEqual([]);
    expect(codes({ label: '订单号', type: 'text', options: [] }, ctx({ editing, hasData: true }))).toEqual([]);
  });
});
