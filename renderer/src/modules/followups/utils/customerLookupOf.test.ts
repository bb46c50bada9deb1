import { describe, expect, it } from 'vitest';
import { customerRowOf } from '../../../../../shared/customers/customerRow.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import { customerLookupOf } from './customerLookupOf.ts';

const row = (id: string, name: string) => customerRowOf({ ...newCustomerFields(id, name, 'zw'), createdAt: 0, createdBy: 'zw', updatedAt: 0, updatedBy: 'zw', trashed: false, clock: {}, conflicts: [] });

describe('customerLookupOf', () => {
  it('keeps the same lookup while names, stages and contacts stay, and makes a new one when they change', () => {
    const rows = new Map([['c1', row('c1', '恒瑞')], ['c2', row('c2', '博世')]]);
    const first = customerLookupOf(rows);
    expect([...first.values()].map((c) => c.name)).toEqual(['恒瑞', '博世']);
    rows.set('c1', { ...rows.get('c1')!, healthScore: 80, grade: 'A' });
    expect(customerLookupOf(rows)).toBe(first);
    rows.set('c2', { ...rows.get('c2')!, name: '博世汽车' });
    const renamed = customerLookupOf(rows);
    expect(renamed).not.toBe(first);
    expect(renamed.get('c2')?.name).toBe('博世汽车');
  });
});
