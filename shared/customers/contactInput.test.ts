import { describe, expect, it } from 'vitest';
import type { Contact } from '../db/schemas/customerSchema.ts';
import { contactsPatch, emptyContactInput, parseContactInput } from './contactInput.ts';

const contact = (id: string, phone: string): Contact => ({ id, name: id, title: '', phone, wechat: '', email: '', roles: [], note: '' });

describe('parseContactInput', () => {
  it('trims what was typed and keeps the roles in decision-chain order', () => {
    const parsed = parseContactInput('k1', { ...emptyContactInput(), name: ' 王工 ', title: '技术总监', phone: '138 0013 8000', roles: ['decision', 'tech'] });
    expect(parsed).toEqual({ ok: true, contact: { id: 'k1', name: '王工', title: '技术总监', phone: '138 0013 8000', wechat: '', email: '', roles: ['tech', 'decision'], note: '' } });
  });

  it('says per field what to fix, in Chinese', () => {
    const parsed = parseContactInput('k1', { ...emptyContactInput(), phone: '转 12', email: 'wang@' });
    expect(parsed).toEqual({
      ok: false,
      errors: { name: '请填写联系人姓名。', phone: '电话号码至少要有 5 位数字，例如 138 0013 8000 或 021-5555 6666。', email: '邮箱格式不对，例如 zhang@example.com。' },
    });
  });
});

describe('contactsPatch', () => {
  it('keeps the company’s own numbers and replaces the contacts’ numbers', () => {
    const customer = { contacts: [contact('a', '13800138000'), contact('b', '021-5555666')], phoneKeys: ['13800138000', '0215555666', '4008001234'] };
    expect(contactsPatch(customer, [contact('a', '+86 139 0000 1111')])).toEqual({
      contacts: [contact('a', '+86 139 0000 1111')],
      phoneKeys: ['4008001234', '13900001111'],
    });
  });
});
