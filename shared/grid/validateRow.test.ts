import { describe, expect, it } from 'vitest';
import type { CustomFieldDef, ValidationRule } from '../db/schemas/teamSettingsSchema.ts';
import { defaultTeamSettings } from '../domain/defaultTeamSettings.ts';
import { gridColumns } from './followUpColumns.ts';
import { testRow } from './testRows.ts';
import { validateRow } from './validateRow.ts';

const rules = defaultTeamSettings('团队', '公司').validationRules;
const columns = gridColumns([]);

describe('validateRow: required columns', () => {
  it('passes a complete row', () => {
    expect(validateRow(testRow('a'), rules, columns)).toEqual([]);
  });

  it('asks for each empty required column by its label, in column order', () => {
    const issues = validateRow(testRow('a', { customerId: '', ownerId: '', method: '' }), rules, columns);
    expect(issues).toEqual([
      { field: 'customerId', message: '请填写「客户」' },
      { field: 'method', message: '请填写「跟进方式」' },
      { field: 'ownerId', message: '请填写「责任人」' },
    ]);
  });

  it('checks required custom columns through custom values', () => {
    const required = [...columns, { id: 'custom.po', kind: 'text' as const, label: '采购单号', width: 100, required: true }];
    expect(validateRow(testRow('a'), [], required)).toEqual([{ field: 'custom.po', message: '请填写「采购单号」' }]);
    expect(validateRow(testRow('a', { custom: { po: 'PO-1' } }), [], required)).toEqual([]);
  });
});

describe('validateRow: team rules', () => {
  it('needs an amount when the status is 已报价 or 已签约', () => {
    expect(validateRow(testRow('a', { status: 'quoted' }), rules, columns)).toEqual([{ field: 'amount', message: '已报价需填写金额' }]);
    expect(validateRow(testRow('a', { status: 'signed' }), rules, columns)).toEqual([{ field: 'amount', message: '已签约需填写成交金额' }]);
    expect(validateRow(testRow('a', { status: 'quoted', amount: 0 }), rules, columns)).toEqual([]);
  });

  it('with no values, fires whenever the field is filled: a next action needs a date', () => {
    expect(validateRow(testRow('a', { nextAction: '发合同' }), rules, columns)).toEqual([{ field: 'nextDate', message: '下一步计划需填写日期' }]);
    expect(validateRow(testRow('a', { nextAction: '发合同', nextDate: '2026-11-25' }), rules, columns)).toEqual([]);
    expect(validateRow(testRow('a', { nextAction: '' }), rules, columns)).toEqual([]);
  });

  it('skips disabled rules', () => {
    const off = rules.map((r) => ({ ...r, enabled: false }));
    expect(validateRow(testRow('a', { status: 'quoted', nextAction: '发合同' }), off, columns)).toEqual([]);
  });

  it('reads custom fields, matches any value of a multi-select and reports each missing field', () => {
    const fields: CustomFieldDef[] = [{ id: 'tags', label: '标签', type: 'multiselect', target: 'followUp', options: ['竞品', '重点'], order: 1, archived: false }];
    const rule: ValidationRule = { id: 'r', field: 'custom.tags', values: ['竞品'], requires: ['remark', 'custom.rival'], message: '有竞品需说明', enabled: true };
    const row = testRow('a', { custom: { tags: ['重点', '竞品'] } });
    expect(validateRow(row, [rule], gridColumns(fields))).toEqual([
      { field: 'remark', message: '有竞品需说明' },
      { field: 'custom.rival', message: '有竞品需说明' },
    ]);
    expect(validateRow(testRow('a', { custom: { tags: ['重点'] } }), [rule], gridColumns(fields))).toEqual([]);
  });

  it('reports a field once per message even when two rules say the same', () => {
    const twice = [rules[0], rules[0]].filter((r): r is ValidationRule => r !== undefined);
    expect(validateRow(testRow('a', { status: 'quoted' }), twice, columns)).toHaveLength(1);
  });
});
