import { describe, expect, it } from 'vitest';
import { defaultTeamSettings } from './defaultTeamSettings.ts';
import { addValidationRule, disableRulesOnColumn, removeValidationRule, setValidationRuleEnabled, updateValidationRule } from './validationRuleEdits.ts';

const rules = defaultTeamSettings('团队', '公司').validationRules;
const draft = { field: 'method', values: ['visit'], requires: ['contactId'], message: '面访需填写联系人' };

describe('validation rule edits', () => {
  it('adds an enabled rule with the given id', () => {
    expect(addValidationRule(rules, draft, 'r1').at(-1)).toEqual({ id: 'r1', ...draft, enabled: true });
  });

  it('edits a default rule in place, keeping its id and state', () => {
    const off = setValidationRuleEnabled(rules, 'quoteNeedsAmount', false);
    const next = updateValidationRule(off, 'quoteNeedsAmount', { ...draft, message: '改了' });
    expect(next[0]).toEqual({ id: 'quoteNeedsAmount', ...draft, message: '改了', enabled: false });
    expect(next.map((r) => r.id)).toEqual(rules.map((r) => r.id));
  });

  it('removes a rule', () => {
    expect(removeValidationRule(rules, 'signedNeedsAmount').map((r) => r.id)).toEqual(['quoteNeedsAmount', 'nextActionNeedsDate']);
  });

  it('disables only enabled rules that use a column', () => {
    const off = setValidationRuleEnabled(rules, 'quoteNeedsAmount', false);
    const { rules: next, disabled } = disableRulesOnColumn(off, 'amount');
    expect(disabled).toEqual(['signedNeedsAmount']);
    expect(next.map((r) => r.enabled)).toEqual([false, false, true]);
  });
});
