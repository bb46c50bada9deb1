import { describe, expect, it } from 'vitest';
import { gridColumns } from '../grid/followUpColumns.ts';
import { testLookups } from '../grid/testRows.ts';
import { dropdownLists } from './dropdownLists.ts';

describe('dropdownLists', () => {
  it('offers live options, shares one member list and skips multi-choice and empty lists', () => {
    const lookups = testLookups([
      { id: 'tags', label: '标签', type: 'multiselect', target: 'followUp', options: ['重点'], order: 1, archived: false },
      { id: 'none', label: '空', type: 'select', target: 'followUp', options: [], order: 2, archived: false },
    ]);
    const stages = lookups.options.stages.map((s) => (s.id === 'lost' ? { ...s, archived: true } : s));
    const plan = dropdownLists(gridColumns(lookups.customFields), { ...lookups, options: { ...lookups.options, stages } });
    expect(plan.lists.map((l) => l.key)).toEqual(['options.methods', 'options.statuses', 'options.stages', 'members']);
    expect(plan.lists.find((l) => l.key === 'options.stages')?.values).not.toContain('丢单');
    expect(plan.byColumn.get('ownerId')).toBe('members');
    expect(plan.byColumn.get('nextOwnerId')).toBe('members');
    expect(plan.byColumn.has('custom.tags')).toBe(false);
    expect(plan.byColumn.has('custom.none')).toBe(false);
    expect(plan.byColumn.has('customerId')).toBe(false);
  });
});
