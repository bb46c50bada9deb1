import { describe, expect, it } from 'vitest';
import { gridColumns } from '../grid/followUpColumns.ts';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { defaultOptionLists } from './options.ts';
import { ruleValueChoices } from './ruleValueChoices.ts';
import { checkValidationRuleDraft } from './validationRuleDraft.ts';

const intent: CustomFieldDef = { id: 'f1', label: '意向等级', type: 'select', target: 'followUp', options: ['A', 'B', 'C'], order: 0, archived: false };
const columns = gridColumns([intent, { ...intent, id: 'f2', label: '旧', archived: true }]);
const options = defaultOptionLists();
const check = (input: unknown) => checkValidationRuleDraft(input, columns, options);
const codes = (input: unknown) => {
  const result = check(input);
  return result.ok ? [] : result.issues.map((i) => i.code);
};
const ok = { field: 'method', values: ['visit'], requires: ['contactId'], message: '面访需填写联系人' };

describe('ruleValueChoices', () => {
  it('offers the team list for built-in option columns and the options of custom selects', () => {
    const method = columns.find((c) => c.id === 'method')!;
    expect(ruleValueChoices(method, options)?.map((c) => c.label)).toEqual(['电话', '微信', '面访', '邮件', '视频会议', '其他']);
    expect(ruleValueChoices(columns.find((c) => c.id === 'custom.f1')!, options)).toEqual([
      { id: 'A', label: 'A', archived: false }, { id: 'B', label: 'B', archived: false }, { id: 'C', label: 'C', archived: false },
    ]);
    expect(ruleValueChoices(columns.find((c) => c.id === 'nextAction')!, options)).toBeNull();
  });
});

describe('checkValidationRuleDraft', () => {
  it('accepts a rule on option values, trimming the message and dropping repeats', () => {
    expect(check({ ...ok, values: ['visit', 'visit'], message: ' 面访需填写联系人 ' })).toEqual({ ok: true, value: ok });
    expect(codes({ field: 'custom.f1', values: ['B'], requires: ['remark', 'amount'], message: 'B 级要备注' })).toEqual([]);
    expect(codes({ field: 'nextAction', values: [], requires: ['nextDate'], message: '下一步计划需填写日期' })).toEqual([]);
  });

  it('needs a trigger column of the grid', () => {
    expect(codes({ ...ok, field: '' })).toEqual(['fieldRequired']);
    expect(codes({ ...ok, field: 'custom.f2', values: [] })).toEqual(['fieldUnknown']);
  });

  it('takes trigger values only from the column list', () => {
    expect(codes({ ...ok, values: ['拜访'] })).toEqual(['valueUnknown']);
    expect(codes({ ...ok, field: 'custom.f1', values: ['D'] })).toEqual(['valueUnknown']);
    expect(codes({ ...ok, field: 'nextAction', values: ['x'] })).toEqual(['valuesNotAllowed']);
  });

  it('needs required columns of the grid, not the trigger itself', () => {
    expect(codes({ ...ok, requires: [] })).toEqual(['requiresRequired']);
    expect(codes({ ...ok, requires: ['custom.f2'] })).toEqual(['requiresUnknown']);
    expect(codes({ ...ok, requires: ['method'] })).toEqual(['requiresSelf']);
  });

  it('needs a message of at most 60 characters', () => {
    expect(codes({ ...ok, message: ' ' })).toEqual(['messageRequired']);
    expect(codes({ ...ok, message: '字'.repeat(61) })).toEqual(['messageTooLong']);
  });

  it('accepts every default rule as it is', () => {
    for (const rule of [
      { field: 'status', values: ['quoted'], requires: ['amount'], message: '已报价需填写金额' },
      { field: 'nextAction', values: [], requires: ['nextDate'], message: '下一步计划需填写日期' },
    ]) expect(codes(rule)).toEqual([]);
  });
});
