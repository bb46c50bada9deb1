import { describe, expect, it } from 'vitest';
import { emptyNewCustomerInput, parseNewCustomerInput } from './newCustomerInput.ts';

describe('parseNewCustomerInput', () => {
  it('makes a lead with its first contact and the phone\u2019s keys', () => {
    const r = parseNewCustomerInput('c9', 'k9', { ...emptyNewCustomerInput('rep1'), name: ' 苏州恒瑞精密机械（股份有限公司） ', industry: 'manufacturing', contactName: '王工', phone: '+86 138-0013-8000' });
    expect(r).toMatchObject({ ok: true, customer: { id: 'c9', name: '苏州恒瑞精密机械（股份有限公司）', nameKey: '苏州恒瑞精密机械', industry: 'manufacturing', ownerId: 'rep1', stage: 'lead', phoneKeys: ['13800138000'], contacts: [{ id: 'k9', name: '王工', phone: '+86 138-0013-8000' }] } });
  });
  it('says what is wrong, per field, in Chinese', () => {
    const r = parseNewCustomerInput('c9', 'k9', { ...emptyNewCustomerInput(''), name: '  ', phone: '12-3' });
    expect(r).toEqual({ ok: false, errors: { name: '请填写客户名称。', phone: '电话号码至少要有 5 位数字，例如 138 0013 8000 或 021-5555 6666。', ownerId: '请选择负责人。' } });
  });
  it('has no contact when neither a name nor a phone was typed', () => {
    const r = parseNewCustomerInput('c9', 'k9', { ...emptyNewCustomerInput('rep1'), name: '无锡华远' });
    expect(r.ok && r.customer.contacts).toEqual([]);
  });
});
