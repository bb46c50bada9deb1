import { describe, expect, it } from 'vitest';
import { customerNameKey } from '../domain/customerNameKey.ts';
import { findDuplicateCustomers } from './findDuplicateCustomers.ts';
import { similarName, similarNameIndex } from './similarNames.ts';

const known = ['苏州恒瑞精密机械有限公司', '无锡华远机械', '华为'].map((name, i) => ({ id: `c${i}`, name, nameKey: customerNameKey(name), phoneKeys: [], trashed: false }));
const index = similarNameIndex(known);

describe('similarName', () => {
  it('finds a name inside the new one and one holding it, as findDuplicateCustomers calls similar', () => {
    for (const name of ['苏州恒瑞精密', '苏州恒瑞精密机械设备（集团）有限公司', '华远机械', '江苏无锡华远机械厂']) {
      const found = similarName(index, name);
      expect(found?.name).toBe(findDuplicateCustomers({ name }, known).find((m) => m.reasons.includes('similar'))?.name);
      expect(found).toBeDefined();
    }
  });
  it('says nothing for the same name (that is a match, not a near one), a short name or a stranger', () => {
    expect(similarName(index, '苏州恒瑞精密机械（股份有限公司）')).toBeUndefined();
    expect(similarName(index, '华为技术')).toBeUndefined();
    expect(similarName(index, '常州新科')).toBeUndefined();
  });
});
