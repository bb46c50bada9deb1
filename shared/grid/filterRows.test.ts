import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { datePresetRange, filterRows } from './filterRows.ts';
import { gridColumns } from './followUpColumns.ts';
import type { ColumnFilter, GridRow } from './gridTypes.ts';
import { demoGrid, testContext, testLookups, testRow } from './testRows.ts';

const fields: CustomFieldDef[] = [{ id: 'tags', label: '标签', type: 'multiselect', target: 'followUp', options: ['重点', '老客户', '竞品'], order: 1, archived: false }];
const lookups = testLookups(fields);
const columns = gridColumns(fields);
/** Friday 2026-11-20 in Shanghai. */
const ctx = testContext('2026-11-20');
const ids = (rows: readonly GridRow[]) => rows.map((r) => r.id);
const run = (rows: readonly GridRow[], ...filters: ColumnFilter[]) => ids(filterRows(rows, filters, columns, lookups, ctx));
/** 跟进时间 at a Shanghai wall-clock time. */
const at = (date: string, hh: number, mm = 0) => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;

describe('datePresetRange', () => {
  it('uses Monday-to-Sunday weeks around today', () => {
    expect(datePresetRange('thisWeek', '2026-11-20')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(datePresetRange('thisWeek', '2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(datePresetRange('thisWeek', '2026-11-16')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(datePresetRange('lastWeek', '2026-11-20')).toEqual({ from: '2026-11-09', to: '2026-11-15' });
  });

  it('covers whole calendar months, across year ends and leap days', () => {
    expect(datePresetRange('thisMonth', '2026-11-20')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(datePresetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(datePresetRange('thisMonth', '2028-02-03')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(datePresetRange('lastMonth', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('gives today and yesterday, and inclusive custom bounds, or null when a bound is missing', () => {
    expect(datePresetRange('today', '2026-11-20')).toEqual({ from: '2026-11-20', to: '2026-11-20' });
    expect(datePresetRange('yesterday', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(datePresetRange('before', '2026-11-20', undefined, '2026-11-10')).toEqual({ to: '2026-11-10' });
    expect(datePresetRange('after', '2026-11-20', '2026-11-10')).toEqual({ from: '2026-11-10' });
    expect(datePresetRange('between', '2026-11-20', '2026-11-01', '2026-11-10')).toEqual({ from: '2026-11-01', to: '2026-11-10' });
    expect(datePresetRange('between', '2026-11-20')).toBeNull();
  });
});

describe('filterRows: text and choices', () => {
  const rows = [
    testRow('a', { summary: '客户关注 ABC 型号', customerId: 'c1', status: 'quoted', custom: { tags: ['重点', '竞品'] } }),
    testRow('b', { summary: '演示ＡＢＣ系统', customerId: 'c2', status: 'callback', custom: { tags: ['老客户'] } }),
    testRow('c', { summary: '', customerId: 'c3', status: 'signed' }),
  ];

  it('contains: matches the display text, ignoring case and width', () => {
    expect(run(rows, { column: 'summary', kind: 'contains', text: 'abc' })).toEqual(['a', 'b']);
    expect(run(rows, { column: 'customerId', kind: 'contains', text: '阿里' })).toEqual(['b']);
    expect(run(rows, { column: 'customerId', kind: 'contains', text: 'BOSCH' })).toEqual(['c']);
    expect(run(rows, { column: 'status', kind: 'contains', text: '报价' })).toEqual(['a']);
    expect(run(rows, { column: 'custom.tags', kind: 'contains', text: '竞品' })).toEqual(['a']);
  });

  it('contains: a blank text filters nothing', () => {
    expect(run(rows, { column: 'summary', kind: 'contains', text: '  ' })).toEqual(['a', 'b', 'c']);
  });

  it('in: keeps cells holding one of the ids, any of them for multi-select, and empty cells for ""', () => {
    expect(run(rows, { column: 'status', kind: 'in', values: ['quoted', 'signed'] })).toEqual(['a', 'c']);
    expect(run(rows, { column: 'custom.tags', kind: 'in', values: ['老客户', '竞品'] })).toEqual(['a', 'b']);
    expect(run(rows, { column: 'custom.tags', kind: 'in', values: [''] })).toEqual(['c']);
    expect(run(rows, { column: 'status', kind: 'in', values: [] })).toEqual(['a', 'b', 'c']);
  });

  it('empty: true keeps only empty cells, false only filled ones', () => {
    expect(run(rows, { column: 'summary', kind: 'empty', empty: true })).toEqual(['c']);
    expect(run(rows, { column: 'custom.tags', kind: 'empty', empty: false })).toEqual(['a', 'b']);
  });

  it('ignores a filter on a column that no longer exists', () => {
    expect(run(rows, { column: 'custom.gone', kind: 'contains', text: 'x' })).toEqual(['a', 'b', 'c']);
  });
});

describe('filterRows: dates and numbers', () => {
  const rows = [
    testRow('mon-0030', { followedAt: at('2026-11-16', 0, 30), nextDate: '2026-11-16', amount: 100 }),
    testRow('sun-2359', { followedAt: at('2026-11-15', 23, 59), nextDate: '2026-11-15', amount: 99.5 }),
    testRow('today', { followedAt: at('2026-11-20', 9), nextDate: '2026-11-20' }),
    testRow('yesterday', { followedAt: at('2026-11-19', 18), nextDate: '2026-11-19', amount: 0 }),
    testRow('october', { followedAt: at('2026-10-31', 23, 30), nextDate: '2026-10-31', amount: 5000 }),
    testRow('no-date', { followedAt: at('2026-12-01', 8), nextDate: '' }),
  ];

  it('reads 跟进时间 in the team time zone: 00:30 Monday in Shanghai is Sunday in UTC but this week', () => {
    expect(run(rows, { column: 'followedAt', kind: 'date', preset: 'thisWeek' })).toEqual(['mon-0030', 'today', 'yesterday']);
    expect(run(rows, { column: 'followedAt', kind: 'date', preset: 'lastWeek' })).toEqual(['sun-2359']);
    expect(run(rows, { column: 'followedAt', kind: 'date', preset: 'today' })).toEqual(['today']);
    expect(run(rows, { column: 'followedAt', kind: 'date', preset: 'lastMonth' })).toEqual(['october']);
  });

  it('compares date columns as dates and leaves empty dates out', () => {
    expect(run(rows, { column: 'nextDate', kind: 'date', preset: 'yesterday' })).toEqual(['yesterday']);
    expect(run(rows, { column: 'nextDate', kind: 'date', preset: 'thisMonth' })).toEqual(['mon-0030', 'sun-2359', 'today', 'yesterday']);
    expect(run(rows, { column: 'nextDate', kind: 'date', preset: 'before', to: '2026-11-15' })).toEqual(['sun-2359', 'october']);
    expect(run(rows, { column: 'nextDate', kind: 'date', preset: 'after', from: '2026-11-19' })).toEqual(['today', 'yesterday']);
    expect(run(rows, { column: 'nextDate', kind: 'date', preset: 'between', from: '2026-11-15', to: '2026-11-16' })).toEqual(['mon-0030', 'sun-2359']);
  });

  it('uses inclusive bounds on instants too', () => {
    expect(run(rows, { column: 'followedAt', kind: 'date', preset: 'between', from: '2026-11-16', to: '2026-11-19' })).toEqual(['mon-0030', 'yesterday']);
  });

  it('number: min and max are inclusive, empty cells never match, no bound filters nothing', () => {
    expect(run(rows, { column: 'amount', kind: 'number', min: 99.5, max: 100 })).toEqual(['mon-0030', 'sun-2359']);
    expect(run(rows, { column: 'amount', kind: 'number', max: 0 })).toEqual(['yesterday']);
    expect(run(rows, { column: 'amount', kind: 'number' })).toHaveLength(rows.length);
  });

  it('combines filters with AND', () => {
    const filters: ColumnFilter[] = [
      { column: 'followedAt', kind: 'date', preset: 'thisMonth' },
      { column: 'amount', kind: 'number', min: 1 },
    ];
    expect(run(rows, ...filters)).toEqual(['mon-0030', 'sun-2359']);
  });
});

describe('filterRows: 100,000 demo rows', () => {
  const grid = demoGrid(100_000);
  const monthStart = startOfCalendarDate('2026-11-01', 480);
  const monthEnd = startOfCalendarDate('2026-12-01', 480);

  it('keeps exactly the rows matching every filter, in input order', () => {
    const filters: ColumnFilter[] = [
      { column: 'stage', kind: 'in', values: ['quote', 'negotiation'] },
      { column: 'followedAt', kind: 'date', preset: 'thisMonth' },
      { column: 'amount', kind: 'number', min: 100_000 },
      { column: 'summary', kind: 'contains', text: '报价' },
    ];
    const found = filterRows(grid.rows, filters, grid.columns, grid.lookups, grid.ctx);
    const expected = grid.rows.filter(
      (r) => (r.stage === 'quote' || r.stage === 'negotiation') && r.followedAt >= monthStart && r.followedAt < monthEnd && (r.amount ?? -1) >= 100_000 && r.summary.includes('报价'),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(ids(found)).toEqual(ids(expected));
  });

  it('filters by customer name text and by owner', () => {
    const found = filterRows(grid.rows, [{ column: 'customerId', kind: 'contains', text: '机械' }, { column: 'ownerId', kind: 'in', values: ['rep03'] }], grid.columns, grid.lookups, grid.ctx);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.ownerId === 'rep03' && grid.lookups.customers.get(r.customerId)?.name.includes('机械'))).toBe(true);
    const expected = grid.rows.filter((r) => r.ownerId === 'rep03' && grid.lookups.customers.get(r.customerId)?.name.includes('机械'));
    expect(found).toHaveLength(expected.length);
  });
});
