import { describe, expect, it } from 'vitest';
import { applyBuiltInView } from './builtInViews.ts';
import { computeView } from './computeView.ts';
import { filterRows } from './filterRows.ts';
import { gridColumns } from './followUpColumns.ts';
import type { GridRow, ViewState } from './gridTypes.ts';
import { groupRows } from './groupRows.ts';
import { buildSearchIndex, searchRows } from './searchIndex.ts';
import { sortRows } from './sortRows.ts';
import { demoGrid, testContext, testLookups, testRow } from './testRows.ts';
import { defaultViewState } from './viewStateSchema.ts';

const lookups = testLookups();
const columns = gridColumns([]);
const ctx = testContext('2026-11-20', 'rep01');
const ids = (rows: readonly GridRow[]) => rows.map((r) => r.id);
const HOUR = 3_600_000;

const rows = [
  testRow('a', { ownerId: 'rep01', followedAt: 1 * HOUR, summary: '电话报价', amount: 300, stage: 'quote' }),
  testRow('b', { ownerId: 'rep02', followedAt: 2 * HOUR, summary: '电话报价' }),
  testRow('c', { ownerId: 'rep01', followedAt: 3 * HOUR, summary: '面谈', amount: 50, stage: 'lead' }),
  testRow('d', { ownerId: 'rep01', followedAt: 4 * HOUR, summary: '报价更新', amount: 900, stage: 'quote' }),
  testRow('e', { ownerId: 'rep01', followedAt: 5 * HOUR, summary: '报价作废', trashed: true }),
];
const state = (patch: Partial<ViewState>): ViewState => ({ ...defaultViewState(), ...patch });

describe('computeView', () => {
  it('shows the default view: every live row, newest first, ungrouped', () => {
    expect(computeView(rows, defaultViewState(), columns, lookups, ctx)).toEqual({ rows: [rows[3], rows[2], rows[1], rows[0]], groups: null });
  });

  it('composes view, filters, search and sort', () => {
    const view = state({ base: 'mine', filters: [{ column: 'amount', kind: 'number', min: 100 }], search: '报价', sort: [{ column: 'amount', desc: false }] });
    expect(ids(computeView(rows, view, columns, lookups, ctx).rows)).toEqual(['a', 'd']);
  });

  it('groups the result, keeping the sorted order inside each group', () => {
    const view = state({ base: 'mine', sort: [{ column: 'amount', desc: true }], groupBy: 'stage' });
    const { groups } = computeView(rows, view, columns, lookups, ctx);
    expect(groups?.map((g) => [g.key, ids(g.rows)])).toEqual([['lead', ['c']], ['quote', ['d', 'a']]]);
  });

  it('searches only visible columns when it builds its own index', () => {
    const hidden = state({ search: '面谈', columns: { ...defaultViewState().columns, hidden: ['summary'] } });
    expect(computeView(rows, hidden, columns, lookups, ctx).rows).toEqual([]);
    expect(ids(computeView(rows, state({ search: '面谈' }), columns, lookups, ctx).rows)).toEqual(['c']);
  });

  it('uses a given search index', () => {
    const index = buildSearchIndex(rows, columns, lookups);
    expect(ids(computeView(rows, state({ search: '报价' }), columns, lookups, ctx, index).rows)).toEqual(['d', 'b', 'a']);
  });

  it('re-sorts when the sort or the rows change, not from a stale memory', () => {
    const byAmount = state({ sort: [{ column: 'amount', desc: true }] });
    expect(ids(computeView(rows, byAmount, columns, lookups, ctx).rows)).toEqual(['d', 'a', 'c', 'b']);
    expect(ids(computeView(rows, state({ sort: [{ column: 'amount', desc: false }] }), columns, lookups, ctx).rows)).toEqual(['c', 'a', 'd', 'b']);
    const edited = rows.map((r) => (r.id === 'c' ? { ...r, amount: 5000 } : r));
    expect(ids(computeView(edited, byAmount, columns, lookups, ctx).rows)).toEqual(['c', 'd', 'a', 'b']);
    expect(ids(computeView(rows, byAmount, columns, lookups, ctx).rows)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('shows exactly the rows a link names, whatever the base view and filters, still sorted and searched', () => {
    const narrow = state({ base: 'dueToday', filters: [{ column: 'amount', kind: 'number', min: 1000 }], sort: [{ column: 'amount', desc: true }] });
    // 'b' belongs to rep02 and 'e' is in the recycle bin; 'zz' names no row.
    const only = new Set(['a', 'b', 'e', 'zz']);
    expect(ids(computeView(rows, narrow, columns, lookups, ctx, undefined, only).rows)).toEqual(['a', 'b']);
    expect(ids(computeView(rows, { ...narrow, search: '报价' }, columns, lookups, ctx, undefined, only).rows)).toEqual(['a', 'b']);
    expect(ids(computeView(rows, { ...narrow, search: '面谈' }, columns, lookups, ctx, undefined, only).rows)).toEqual([]);
    expect(computeView(rows, narrow, columns, lookups, ctx).rows).toEqual([]);
  });

  it('does not let a caller change the remembered sort through the result', () => {
    const first = computeView(rows, defaultViewState(), columns, lookups, ctx).rows;
    first.reverse();
    expect(ids(computeView(rows, defaultViewState(), columns, lookups, ctx).rows)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('computeView: 100,000 demo rows', () => {
  const grid = demoGrid(100_000);
  const index = buildSearchIndex(grid.rows, grid.columns, grid.lookups);

  it('gives the same rows as the steps applied in the documented order', () => {
    const view = state({
      base: 'mine',
      filters: [{ column: 'followedAt', kind: 'date', preset: 'lastMonth' }],
      search: '电话',
      sort: [{ column: 'customerId', desc: false }, { column: 'followedAt', desc: true }],
      groupBy: 'status',
    });
    const result = computeView(grid.rows, view, grid.columns, grid.lookups, grid.ctx, index);
    const viewRows = applyBuiltInView('mine', grid.rows, grid.ctx, grid.lookups);
    const filtered = filterRows(viewRows, view.filters, grid.columns, grid.lookups, grid.ctx);
    const expected = sortRows(searchRows(index, '电话', filtered), view.sort, grid.columns, grid.lookups);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(ids(result.rows)).toEqual(ids(expected));
    expect(result.groups?.map((g) => ids(g.rows))).toEqual(groupRows(expected, 'status', grid.columns, grid.lookups).map((g) => ids(g.rows)));
  });
});
