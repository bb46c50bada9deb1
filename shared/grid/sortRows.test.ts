import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { gridColumns } from './followUpColumns.ts';
import type { GridLookups, GridRow } from './gridTypes.ts';
import { sortRows } from './sortRows.ts';
import { demoGrid, testLookups, testRow } from './testRows.ts';

const lookups = testLookups();
const columns = gridColumns([]);
const ids = (rows: readonly GridRow[]) => rows.map((r) => r.id);
const HOUR = 3_600_000;
const zh = new Intl.Collator('zh-CN');

describe('sortRows: default order', () => {
  it('puts the newest 跟进时间 first and breaks ties by id', () => {
    const rows = [testRow('b', { followedAt: 2 * HOUR }), testRow('c', { followedAt: 5 * HOUR }), testRow('a', { followedAt: 2 * HOUR }), testRow('d', { followedAt: 9 * HOUR })];
    expect(ids(sortRows(rows, [], columns, lookups))).toEqual(['d', 'c', 'a', 'b']);
  });

  it('falls back to the default when every spec names an unknown column', () => {
    const rows = [testRow('a', { followedAt: HOUR }), testRow('b', { followedAt: 2 * HOUR })];
    expect(ids(sortRows(rows, [{ column: 'custom.gone', desc: false }], columns, lookups))).toEqual(['b', 'a']);
  });
});

describe('sortRows: typed comparison', () => {
  it('sorts amounts as numbers, not text, and keeps empty amounts last in both directions', () => {
    const rows = [testRow('100', { amount: 100 }), testRow('none'), testRow('9', { amount: 9 }), testRow('10', { amount: 10 }), testRow('0', { amount: 0 })];
    expect(ids(sortRows(rows, [{ column: 'amount', desc: false }], columns, lookups))).toEqual(['0', '9', '10', '100', 'none']);
    expect(ids(sortRows(rows, [{ column: 'amount', desc: true }], columns, lookups))).toEqual(['100', '10', '9', '0', 'none']);
  });

  it('sorts 下一步日期 as text with empty dates last', () => {
    const rows = [testRow('x', { nextDate: '' }), testRow('b', { nextDate: '2026-11-03' }), testRow('a', { nextDate: '2026-01-30' }), testRow('c', { nextDate: '2027-01-01' })];
    expect(ids(sortRows(rows, [{ column: 'nextDate', desc: false }], columns, lookups))).toEqual(['a', 'b', 'c', 'x']);
    expect(ids(sortRows(rows, [{ column: 'nextDate', desc: true }], columns, lookups))).toEqual(['c', 'b', 'a', 'x']);
  });

  it('orders 当前状态 by its place in the team list, not alphabetically, unknown ids after known ones', () => {
    const rows = [testRow('none', { status: 'none' }), testRow('x', { status: 'retired-status' }), testRow('callback', { status: 'callback' }), testRow('signed', { status: 'signed' })];
    expect(ids(sortRows(rows, [{ column: 'status', desc: false }], columns, lookups))).toEqual(['callback', 'signed', 'none', 'x']);
  });

  it('orders 销售阶段 by rank even when the list is stored in another order', () => {
    const shuffled: GridLookups = { ...lookups, options: { ...lookups.options, stages: [...lookups.options.stages].reverse() } };
    const rows = [testRow('won', { stage: 'won' }), testRow('lead', { stage: 'lead' }), testRow('quote', { stage: 'quote' })];
    expect(ids(sortRows(rows, [{ column: 'stage', desc: false }], columns, shuffled))).toEqual(['lead', 'quote', 'won']);
    expect(ids(sortRows(rows, [{ column: 'stage', desc: true }], columns, shuffled))).toEqual(['won', 'quote', 'lead']);
  });

  it('orders members by the pinyin of their names (安然 an < 孙立 sun < 赵敏 zhao)', () => {
    const rows = [testRow('zhao', { ownerId: 'rep01' }), testRow('sun', { ownerId: 'rep03' }), testRow('an', { ownerId: 'rep02' })];
    expect(ids(sortRows(rows, [{ column: 'ownerId', desc: false }], columns, lookups))).toEqual(['an', 'sun', 'zhao']);
  });

  it('orders customers by name as Intl.Collator zh-CN does', () => {
    const rows = [testRow('c3', { customerId: 'c3' }), testRow('c1', { customerId: 'c1' }), testRow('c2', { customerId: 'c2' })];
    const names = ['张江精密机械', '阿里云计算', 'Bosch 博世'].sort(zh.compare);
    const byName: Record<string, string> = { 张江精密机械: 'c1', 阿里云计算: 'c2', 'Bosch 博世': 'c3' };
    expect(ids(sortRows(rows, [{ column: 'customerId', desc: false }], columns, lookups))).toEqual(names.map((n) => byName[n]));
  });

  it('orders free text exactly as Intl.Collator zh-CN (pinyin, case, full width, punctuation)', () => {
    const texts = ['b', 'A', 'a', '阿', '张三', '张', '１０', '9', 'ABC', 'abd', '北京', '（备注）', 'Zebra', 'zoo', '重庆', '长沙', 'ａ', '10', '张三丰', ' 空格'];
    const rows = texts.map((summary, i) => testRow(String(i), { summary }));
    const sorted = sortRows(rows, [{ column: 'summary', desc: false }], columns, lookups).map((r) => r.summary);
    expect(sorted).toEqual([...texts].sort(zh.compare));
  });

  it('follows the collator where per-character order is not enough: 重庆 as chóng, texts alike for 300 characters', () => {
    const long = '长'.repeat(300);
    const texts = ['重要客户', '重庆机电', '成都', '张三', `${long}乙`, `${long}甲`, 'a\u200bb', 'ab', 'aa'];
    const rows = texts.map((summary, i) => testRow(String(i), { summary }));
    const sorted = sortRows(rows, [{ column: 'summary', desc: false }], columns, lookups).map((r) => r.summary);
    expect(sorted).toEqual([...texts].sort(zh.compare));
    // chóng qìng < zhāng sān < zhòng yào: the same 重 sorts on both sides of 张.
    expect(sorted.filter((t) => ['重庆机电', '张三', '重要客户'].includes(t))).toEqual(['重庆机电', '张三', '重要客户']);
  });

  it('orders a multi-select by its options in list order, option by option', () => {
    const fields: CustomFieldDef[] = [{ id: 'tags', label: '标签', type: 'multiselect', target: 'followUp', options: ['重点', '老客户', '竞品'], order: 1, archived: false }];
    const rows = [testRow('rival', { custom: { tags: ['竞品'] } }), testRow('key+rival', { custom: { tags: ['重点', '竞品'] } }), testRow('key', { custom: { tags: ['重点'] } }), testRow('old', { custom: { tags: ['老客户'] } })];
    expect(ids(sortRows(rows, [{ column: 'custom.tags', desc: false }], gridColumns(fields), testLookups(fields)))).toEqual(['key', 'key+rival', 'old', 'rival']);
  });

  it('orders a custom select by its options and a custom number numerically', () => {
    const fields: CustomFieldDef[] = [
      { id: 'size', label: '规模', type: 'select', target: 'followUp', options: ['小', '中', '大'], order: 1, archived: false },
      { id: 'score', label: '评分', type: 'number', target: 'followUp', options: [], order: 2, archived: false },
    ];
    const custom = gridColumns(fields);
    const rows = [testRow('big', { custom: { size: '大', score: 3 } }), testRow('small', { custom: { size: '小', score: 20 } }), testRow('none'), testRow('mid', { custom: { size: '中', score: 100 } })];
    expect(ids(sortRows(rows, [{ column: 'custom.size', desc: false }], custom, testLookups(fields)))).toEqual(['small', 'mid', 'big', 'none']);
    expect(ids(sortRows(rows, [{ column: 'custom.score', desc: true }], custom, testLookups(fields)))).toEqual(['mid', 'small', 'big', 'none']);
  });
});

describe('sortRows: several columns and stability', () => {
  it('sorts by stage, then amount descending within a stage', () => {
    const rows = [
      testRow('q-small', { stage: 'quote', amount: 10 }),
      testRow('l-none', { stage: 'lead' }),
      testRow('q-big', { stage: 'quote', amount: 500 }),
      testRow('l-mid', { stage: 'lead', amount: 50 }),
    ];
    const sort = [{ column: 'stage', desc: false }, { column: 'amount', desc: true }];
    expect(ids(sortRows(rows, sort, columns, lookups))).toEqual(['l-mid', 'l-none', 'q-big', 'q-small']);
  });

  it('keeps the input order of rows that compare equal', () => {
    const rows = ['e', 'a', 'd', 'b', 'c'].map((id) => testRow(id, { ownerId: 'rep02' }));
    expect(ids(sortRows(rows, [{ column: 'ownerId', desc: true }], columns, lookups))).toEqual(['e', 'a', 'd', 'b', 'c']);
  });

  it('does not change the input array', () => {
    const rows = [testRow('a', { amount: 2 }), testRow('b', { amount: 1 })];
    sortRows(rows, [{ column: 'amount', desc: false }], columns, lookups);
    expect(ids(rows)).toEqual(['a', 'b']);
  });
});

describe('sortRows: 100,000 demo rows', () => {
  const grid = demoGrid(100_000);
  const sameSet = (sorted: readonly GridRow[]) => sorted.length === grid.rows.length && new Set(sorted).size === grid.rows.length;

  it('sorts by customer name in pinyin order', () => {
    const sorted = sortRows(grid.rows, [{ column: 'customerId', desc: false }], grid.columns, grid.lookups);
    expect(sameSet(sorted)).toBe(true);
    const name = (r: GridRow) => grid.lookups.customers.get(r.customerId)?.name ?? '';
    const bad = sorted.findIndex((r, i) => i > 0 && zh.compare(name(sorted[i - 1] as GridRow), name(r)) > 0);
    expect(bad).toBe(-1);
  });

  it('sorts by summary text in collation order', () => {
    const sorted = sortRows(grid.rows, [{ column: 'summary', desc: true }], grid.columns, grid.lookups);
    const bad = sorted.findIndex((r, i) => i > 0 && zh.compare((sorted[i - 1] as GridRow).summary, r.summary) < 0);
    expect(bad).toBe(-1);
  });

  it('sorts by stage rank then amount descending with empty amounts last in each stage', () => {
    const sorted = sortRows(grid.rows, [{ column: 'stage', desc: false }, { column: 'amount', desc: true }], grid.columns, grid.lookups);
    const rank = new Map(grid.lookups.options.stages.map((s) => [s.id, s.rank]));
    const key = (r: GridRow): [number, number] => [rank.get(r.stage) ?? 99, r.amount === undefined ? Infinity : -r.amount];
    const bad = sorted.findIndex((r, i) => {
      if (i === 0) return false;
      const [s0, a0] = key(sorted[i - 1] as GridRow);
      const [s1, a1] = key(r);
      return s0 > s1 || (s0 === s1 && a0 > a1);
    });
    expect(sameSet(sorted)).toBe(true);
    expect(bad).toBe(-1);
  });

  it('gives the default order: newest first, then id', () => {
    const sorted = sortRows(grid.rows, [], grid.columns, grid.lookups);
    const bad = sorted.findIndex((r, i) => {
      const prev = sorted[i - 1];
      return prev !== undefined && (prev.followedAt < r.followedAt || (prev.followedAt === r.followedAt && prev.id > r.id));
    });
    expect(bad).toBe(-1);
  });
});
