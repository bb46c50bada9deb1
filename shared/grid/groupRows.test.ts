import { describe, expect, it } from 'vitest';
import { gridColumns } from './followUpColumns.ts';
import type { GridLookups, GridRow } from './gridTypes.ts';
import { EMPTY_GROUP_LABEL, flattenGroups, groupRows, type GridGroup } from './groupRows.ts';
import { sortRows } from './sortRows.ts';
import { demoGrid, testLookups, testRow } from './testRows.ts';

const lookups = testLookups();
const columns = gridColumns([]);
const ids = (rows: readonly GridRow[]) => rows.map((r) => r.id);
const summary = (groups: readonly GridGroup[]) => groups.map((g) => [g.key, g.label, g.count, g.amountSum, ids(g.rows)]);

describe('groupRows', () => {
  it('groups by stage in rank order (not the list order), with counts, amount sums and rows in input order', () => {
    const shuffled: GridLookups = { ...lookups, options: { ...lookups.options, stages: [...lookups.options.stages].reverse() } };
    const rows = [
      testRow('q1', { stage: 'quote', amount: 1000 }),
      testRow('l1', { stage: 'lead' }),
      testRow('q2', { stage: 'quote', amount: 250.5 }),
      testRow('w1', { stage: 'won', amount: 9000 }),
    ];
    expect(summary(groupRows(rows, 'stage', columns, shuffled))).toEqual([
      ['lead', '线索', 1, 0, ['l1']],
      ['quote', '方案报价', 2, 1250.5, ['q1', 'q2']],
      ['won', '成交签约', 1, 9000, ['w1']],
    ]);
  });

  it('orders 当前状态 by the team list, unknown statuses after known ones, the empty group last', () => {
    const rows = [testRow('e', { status: '' }), testRow('x', { status: 'retired' }), testRow('s', { status: 'signed' }), testRow('c', { status: 'callback' })];
    expect(groupRows(rows, 'status', columns, lookups).map((g) => g.label)).toEqual(['待回访', '已签约', 'retired', EMPTY_GROUP_LABEL]);
  });

  it('orders members by the pinyin of their names (安然, 孙立, 赵敏) and puts rows without one last', () => {
    const rows = [testRow('z', { ownerId: 'rep01' }), testRow('none', { ownerId: '' }), testRow('s', { ownerId: 'rep03' }), testRow('a', { ownerId: 'rep02' })];
    const groups = groupRows(rows, 'ownerId', columns, lookups);
    expect(groups.map((g) => g.label)).toEqual(['安然', '孙立', '赵敏', '（空）']);
    expect(groups.at(-1)?.key).toBe('');
  });

  it('orders customers by name as Intl.Collator zh-CN does', () => {
    const rows = [testRow('1', { customerId: 'c1' }), testRow('2', { customerId: 'c3' }), testRow('3', { customerId: 'c2' })];
    const labels = groupRows(rows, 'customerId', columns, lookups).map((g) => g.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('zh-CN').compare));
    expect(labels).toHaveLength(3);
  });

  it('gives no groups for no rows', () => {
    expect(groupRows([], 'stage', columns, lookups)).toEqual([]);
  });
});

describe('flattenGroups', () => {
  const rows = [testRow('a', { stage: 'lead' }), testRow('b', { stage: 'quote' }), testRow('c', { stage: 'lead' })];
  const groups = groupRows(rows, 'stage', columns, lookups);

  it('lists each group header followed by its rows', () => {
    const lines = flattenGroups(groups, new Set());
    expect(lines.map((l) => (l.type === 'group' ? `#${l.group.key}` : l.row.id))).toEqual(['#lead', 'a', 'c', '#quote', 'b']);
  });

  it('keeps the header but not the rows of a collapsed group', () => {
    const lines = flattenGroups(groups, new Set(['lead']));
    expect(lines.map((l) => (l.type === 'group' ? `#${l.group.key}` : l.row.id))).toEqual(['#lead', '#quote', 'b']);
  });
});

describe('groupRows: 100,000 demo rows', () => {
  const grid = demoGrid(100_000);
  const sorted = sortRows(grid.rows, [{ column: 'amount', desc: true }], grid.columns, grid.lookups);

  it('puts every row in the group of its customer, groups in pinyin order, rows in sorted order', () => {
    const groups = groupRows(sorted, 'customerId', grid.columns, grid.lookups);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(grid.rows.length);
    expect(groups).toHaveLength(new Set(grid.rows.map((r) => r.customerId)).size);
    const zh = new Intl.Collator('zh-CN');
    expect(groups.findIndex((g, i) => i > 0 && zh.compare((groups[i - 1] as GridGroup).label, g.label) > 0)).toBe(-1);
    const position = new Map(sorted.map((r, i) => [r, i]));
    for (const g of groups) {
      expect(g.rows.every((r) => r.customerId === g.key)).toBe(true);
      expect(g.rows.every((r, i) => i === 0 || (position.get(g.rows[i - 1] as GridRow) ?? 0) < (position.get(r) ?? 0))).toBe(true);
      expect(g.amountSum).toBeCloseTo(g.rows.reduce((s, r) => s + (r.amount ?? 0), 0), 2);
    }
  });

  it('flattens to one line per group plus one per row', () => {
    const groups = groupRows(sorted, 'stage', grid.columns, grid.lookups);
    expect(flattenGroups(groups, new Set())).toHaveLength(groups.length + grid.rows.length);
  });
});
