import { describe, expect, it } from 'vitest';
import { diffValues } from './diffValues.ts';

describe('diffValues', () => {
  it('lists fields the file changes, custom fields included; blanks are equal and absent values keep the record\u2019s', () => {
    const record = { status: 'callback', remark: '', amount: undefined, custom: { tags: ['a'] }, summary: 'x' };
    const incoming = { status: 'quoted', remark: '', 'custom.tags': ['a', 'b'], amount: 5 };
    expect(diffValues(incoming, record, ['status', 'remark', 'amount', 'summary', 'custom.tags'])).toEqual([
      { field: 'status', from: 'callback', to: 'quoted' },
      { field: 'amount', from: undefined, to: 5 },
      { field: 'custom.tags', from: ['a'], to: ['a', 'b'] },
    ]);
  });
});
