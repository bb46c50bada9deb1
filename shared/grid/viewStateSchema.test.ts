import { describe, expect, it } from 'vitest';
import type { ViewState } from './gridTypes.ts';
import { defaultViewState, viewStateSchema } from './viewStateSchema.ts';

const full: ViewState = {
  base: 'overdue',
  filters: [
    { column: 'summary', kind: 'contains', text: '报价' },
    { column: 'stage', kind: 'in', values: ['quote', 'negotiation'] },
    { column: 'remark', kind: 'empty', empty: false },
    { column: 'followedAt', kind: 'date', preset: 'between', from: '2026-11-01', to: '2026-11-30' },
    { column: 'amount', kind: 'number', min: 1000 },
  ],
  sort: [{ column: 'customerId', desc: false }, { column: 'amount', desc: true }],
  search: '张 报价',
  groupBy: 'stage',
  columns: { order: ['customerId', 'summary'], hidden: ['remark'], widths: { summary: 320 }, frozen: 1 },
};
const parse = (json: string) => viewStateSchema.parse(JSON.parse(json));

describe('viewStateSchema', () => {
  it('reads back a saved view unchanged', () => {
    expect(parse(JSON.stringify(full))).toEqual(full);
    expect(parse(JSON.stringify(defaultViewState()))).toEqual(defaultViewState());
  });

  it('gives the default view for anything that is not an object', () => {
    for (const json of ['null', '"mine"', '[]', '42']) expect(parse(json)).toEqual(defaultViewState());
  });

  it('fills missing fields with defaults and ignores unknown ones', () => {
    expect(parse('{"base":"mine","pinnedRows":[1,2],"version":7}')).toEqual({ ...defaultViewState(), base: 'mine' });
  });

  it('drops invalid filters one by one and keeps the valid ones', () => {
    const stored = {
      ...full,
      filters: [
        full.filters[0],
        { column: 'stage', kind: 'regex', pattern: '.*' },
        { column: '', kind: 'contains', text: 'x' },
        { column: 'nextDate', kind: 'date', preset: 'between', from: '2026/11/01' },
        { column: 'nextDate', kind: 'date', preset: 'nextYear' },
        { column: 'amount', kind: 'number', min: '1000' },
        'garbage',
        full.filters[1],
      ],
    };
    expect(parse(JSON.stringify(stored)).filters).toEqual([full.filters[0], full.filters[1]]);
  });

  it('replaces wrong values by defaults instead of failing the view', () => {
    const stored = { base: 'everything', filters: 'none', sort: 5, search: 12, groupBy: 'region', columns: { order: ['a', 3, 'b'], hidden: null, widths: { a: 120, b: -5, c: 'wide' }, frozen: -1 } };
    expect(parse(JSON.stringify(stored))).toEqual({
      base: 'all',
      filters: [],
      sort: [],
      search: '',
      groupBy: null,
      columns: { order: ['a', 'b'], hidden: [], widths: { a: 120 }, frozen: 0 },
    });
  });

  it('reads an older single sort object as a one-item list and drops sort specs without a column', () => {
    expect(parse('{"sort":{"column":"amount","desc":true}}').sort).toEqual([{ column: 'amount', desc: true }]);
    expect(parse('{"sort":[{"desc":true},{"column":"stage"}]}').sort).toEqual([{ column: 'stage', desc: false }]);
  });

  it('strips unknown keys inside filters and columns', () => {
    const parsed = parse('{"filters":[{"column":"summary","kind":"contains","text":"a","caseSensitive":true}],"columns":{"order":[],"hidden":[],"widths":{},"frozen":0,"pinned":["x"]}}');
    expect(parsed.filters).toEqual([{ column: 'summary', kind: 'contains', text: 'a' }]);
    expect(parsed.columns).toEqual(defaultViewState().columns);
  });
});

describe('defaultViewState', () => {
  it('shows every follow-up in the default order with nothing filtered, searched or grouped', () => {
    expect(defaultViewState()).toEqual({ base: 'all', filters: [], sort: [], search: '', groupBy: null, columns: { order: [], hidden: [], widths: {}, frozen: 0 } });
  });

  it('returns a fresh object each time', () => {
    const a = defaultViewState();
    a.filters.push({ column: 'x', kind: 'empty', empty: true });
    a.columns.hidden.push('x');
    expect(defaultViewState().filters).toEqual([]);
    expect(defaultViewState().columns.hidden).toEqual([]);
  });
});
