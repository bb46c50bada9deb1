import { describe, expect, it } from 'vitest';
import { customerNameKey } from '../domain/customerNameKey.ts';
import { findDuplicateCustomers } from './findDuplicateCustomers.ts';

const customer = (id: string, name: string, phoneKeys: string[] = [], trashed = false) => ({ id, name, nameKey: customerNameKey(name), phoneKeys, trashed });
const known = [
  customer('c1', '苏州恒瑞精密机械有限公司', ['051262881234']),
  customer('c2', '博世汽车部件（苏州）有限公司', ['13800138000']),
  customer('c3', '华为技术有限公司'),
  customer('c4', '恒瑞医药', [], true),
];

describe('findDuplicateCustomers', () => {
  it('finds the same company under another legal form, bracket style or width', () => {
    expect(findDuplicateCustomers({ name: '苏州恒瑞精密机械（股份有限公司）' }, known)).toEqual([{ id: 'c1', name: '苏州恒瑞精密机械有限公司', reasons: ['name'] }]);
    expect(findDuplicateCustomers({ name: '博世汽车部件(苏州) 有限公司' }, known).map((m) => m.id)).toEqual(['c2']);
  });

  it('finds a shared phone number however it is written, and a name inside another, strongest first', () => {
    const matches = findDuplicateCustomers({ name: '恒瑞精密机械', phones: ['+86 138-0013-8000'] }, known);
    expect(matches).toEqual([
      { id: 'c2', name: '博世汽车部件（苏州）有限公司', reasons: ['phone'] },
      { id: 'c1', name: '苏州恒瑞精密机械有限公司', reasons: ['similar'] },
    ]);
  });

  it('ignores short common names, the recycle bin and the customer itself', () => {
    expect(findDuplicateCustomers({ name: '华为' }, known)).toEqual([]);
    expect(findDuplicateCustomers({ name: '恒瑞医药' }, known)).toEqual([]);
    expect(findDuplicateCustomers({ name: '华为技术有限公司', excludeId: 'c3' }, known)).toEqual([]);
  });
});
