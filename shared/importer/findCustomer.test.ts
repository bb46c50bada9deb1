import { describe, expect, it } from 'vitest';
import { findCustomer } from './findCustomer.ts';

const customers = new Map([
  ['c1', { name: '恒瑞精密（苏州）有限公司', stage: 'lead', contacts: [] }],
  ['c2', { name: 'Bosch 博世', stage: 'lead', contacts: [] }],
  ['c3', { name: '华星电子', stage: 'lead', contacts: [] }],
  ['c4', { name: '华星电子有限公司', stage: 'lead', contacts: [] }],
]);

describe('findCustomer', () => {
  it('finds a customer by exact name first, then by its normalized name, and reports ambiguity', () => {
    expect(findCustomer('bosch博世', customers)).toEqual(['c2']);
    expect(findCustomer('恒瑞精密(苏州)', customers)).toEqual(['c1']);
    expect(findCustomer('华星电子', customers)).toEqual(['c3']);
    expect(findCustomer('华星电子股份有限公司', customers)).toEqual(['c3', 'c4']);
    expect(findCustomer('新客户', customers)).toEqual([]);
  });
});
