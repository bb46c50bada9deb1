import { describe, expect, it } from 'vitest';
import { cellText } from './cellText.ts';
import { builtInColumns, gridColumns } from './followUpColumns.ts';
import type { GridRow } from './gridTypes.ts';
import { buildSearchIndex, foldSearchText, searchRows, searchTerms } from './searchIndex.ts';
import { demoGrid, testLookups, testRow } from './testRows.ts';

const lookups = testLookups();
const columns = gridColumns([]);
const ids = (rows: readonly GridRow[]) => rows.map((r) => r.id);

const rows = [
  testRow('a', { customerId: 'c1', contactId: 'c1-k1', summary: '电话沟通，客户关注 ABC 型号', ownerId: 'rep01', status: 'quoted', amount: 128000 }),
  testRow('b', { customerId: 'c2', summary: '上门拜访，演示ＸＹＺ系统', ownerId: 'rep02', status: 'callback' }),
  testRow('c', { customerId: 'c3', summary: '发送报价单', ownerId: 'rep03', status: 'signed', nextAction: '催合同' }),
];
const index = buildSearchIndex(rows, columns, lookups);

describe('foldSearchText and searchTerms', () => {
  it('folds full-width ASCII and the ideographic space to half width, then lower case', () => {
    expect(foldSearchText('ＡＢＣ１２３，Ｘ　Ｙ')).toBe('abc123,x y');
    expect(foldSearchText('Bosch 博世')).toBe('bosch 博世');
  });

  it('splits on any whitespace, drops repeats and folds every term', () => {
    expect(searchTerms('  报价　ＡＢＣ  abc\t王 ')).toEqual(['报价', 'abc', '王']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('searchRows', () => {
  it('matches the display text of every visible column: names, labels, times, amounts', () => {
    expect(ids(searchRows(index, '阿里云'))).toEqual(['b']);
    expect(ids(searchRows(index, '王工'))).toEqual(['a']);
    expect(ids(searchRows(index, '安然'))).toEqual(['b']);
    expect(ids(searchRows(index, '已签约'))).toEqual(['c']);
    expect(ids(searchRows(index, '128000'))).toEqual(['a']);
    expect(ids(searchRows(index, '2026-11-20 10:00'))).toEqual(['a', 'b', 'c']);
  });

  it('needs every term (AND), in any cells', () => {
    expect(ids(searchRows(index, '报价'))).toEqual(['a', 'c']);
    expect(ids(searchRows(index, '报价 孙立'))).toEqual(['c']);
    expect(ids(searchRows(index, '报价 孙立 不存在'))).toEqual([]);
  });

  it('ignores case and width on both sides', () => {
    expect(ids(searchRows(index, 'bosch'))).toEqual(['c']);
    expect(ids(searchRows(index, 'ａｂｃ'))).toEqual(['a']);
    expect(ids(searchRows(index, 'xyz'))).toEqual(['b']);
    expect(ids(searchRows(index, '沟通,客户'))).toEqual(['a']);
  });

  it('never matches a term across two cells', () => {
    // 客户 张江精密机械 is followed by 联系人 王工.
    expect(ids(searchRows(index, '机械王工'))).toEqual([]);
  });

  it('returns every row, in order, for an empty query', () => {
    expect(ids(searchRows(index, ' '))).toEqual(['a', 'b', 'c']);
  });

  it('searches only the columns it was built over (hidden ones are left out)', () => {
    const visible = builtInColumns.filter((c) => c.id !== 'summary');
    expect(ids(searchRows(buildSearchIndex(rows, visible, lookups), '拜访'))).toEqual([]);
  });

  it('filters a given subset in its own order, and searches rows the index has not seen', () => {
    const added = testRow('d', { summary: '新增的报价' });
    expect(ids(searchRows(index, '报价', [rows[2] as GridRow, added, rows[1] as GridRow, rows[0] as GridRow]))).toEqual(['c', 'd', 'a']);
  });

  it('reuses a previous index: unchanged rows keep their text, an edited row is searched by its new text', () => {
    const edited = { ...(rows[1] as GridRow), summary: '已改为线上会议' };
    const next = buildSearchIndex([rows[0] as GridRow, edited, rows[2] as GridRow], columns, lookups, index);
    expect(ids(searchRows(next, '线上会议'))).toEqual(['b']);
    expect(ids(searchRows(next, '拜访'))).toEqual([]);
    expect(ids(searchRows(next, '报价'))).toEqual(['a', 'c']);
    expect(ids(searchRows(index, '拜访'))).toEqual(['b']);
  });
});

describe('searchRows: 100,000 demo rows', () => {
  const grid = demoGrid(100_000);
  const big = buildSearchIndex(grid.rows, grid.columns, grid.lookups);
  const cells = (row: GridRow) => grid.columns.map((c) => foldSearchText(cellText(row, c, grid.lookups)));
  const bruteForce = (terms: string[]) => grid.rows.filter((row) => {
    const texts = cells(row);
    return terms.every((t) => texts.some((x) => x.includes(t)));
  });

  it('finds exactly the rows whose cells contain every term', () => {
    for (const query of ['报价 王', '电话 2026-11', '机械 已报价']) {
      const found = searchRows(big, query);
      expect(found.length).toBeGreaterThan(0);
      expect(ids(found)).toEqual(ids(bruteForce(searchTerms(query))));
    }
  });

  it('finds a single rare customer name and nothing for text that is not there', () => {
    const name = grid.lookups.customers.get('c0042')?.name ?? '';
    const found = searchRows(big, name);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => grid.lookups.customers.get(r.customerId)?.name.includes(name))).toBe(true);
    expect(searchRows(big, '这段文字不在数据里')).toEqual([]);
  });
});
