import { describe, expect, it } from 'vitest';
import { defaultOptionLists } from '../domain/options.ts';
import { filterChoices } from './filterChoices.ts';
import { gridColumns } from './followUpColumns.ts';
import type { GridLookups } from './gridTypes.ts';

const options = defaultOptionLists();
options.methods[0] = { ...options.methods[0]!, archived: true };
const lookups: GridLookups = {
  customers: new Map([['c2', { name: '北京乙方', stage: 'lead', contacts: [] }], ['c1', { name: '安徽甲方', stage: 'lead', contacts: [] }]]),
  members: new Map([['m2', { name: '王五' }], ['m1', { name: '李四' }]]),
  options,
  customFields: [{ id: 'size', label: '规模', type: 'select', target: 'followUp', options: ['小', '中', '大'], order: 1, archived: false }],
  utcOffsetMinutes: 480,
};
const column = (id: string) => gridColumns(lookups.customFields).find((c) => c.id === id)!;

describe('filterChoices', () => {
  it('lists an option column in list order, archived options last', () => {
    const choices = filterChoices(column('method'), lookups)!;
    expect(choices.map((c) => c.value)).toEqual([...options.methods.slice(1).map((o) => o.id), options.methods[0]!.id]);
  });

  it('lists members and customers by pinyin', () => {
    expect(filterChoices(column('ownerId'), lookups)!.map((c) => c.label)).toEqual(['李四', '王五']);
    expect(filterChoices(column('customerId'), lookups)!.map((c) => c.label)).toEqual(['安徽甲方', '北京乙方']);
  });

  it('uses a custom select field’s own options and offers none for text, date and number columns', () => {
    expect(filterChoices(column('custom.size'), lookups)!.map((c) => c.value)).toEqual(['小', '中', '大']);
    expect(filterChoices(column('summary'), lookups)).toBeNull();
    expect(filterChoices(column('nextDate'), lookups)).toBeNull();
    expect(filterChoices(column('amount'), lookups)).toBeNull();
  });
});
