import { describe, expect, it } from 'vitest';
import { planRowLink } from './planRowLink.ts';
import { testRow } from './testRows.ts';
import { defaultViewState } from './viewStateSchema.ts';

const overdueView = {
  ...defaultViewState(),
  base: 'overdue' as const,
  filters: [{ column: 'ownerId', kind: 'in' as const, values: ['rep02'] }],
  search: '报价',
  sort: [{ column: 'followedAt', desc: true }],
  groupBy: 'stage' as const,
};

describe('planRowLink', () => {
  it('selects a row the view already shows, without touching the view', () => {
    expect(planRowLink(overdueView, ['a', 'b'], testRow('b'))).toEqual({ kind: 'select' });
  });

  it('switches to 全部 without filters or search for a row the view hides, keeping sort, grouping and columns', () => {
    const plan = planRowLink(overdueView, ['a'], testRow('b'));
    expect(plan).toEqual({ kind: 'switch', state: { ...overdueView, base: 'all', filters: [], search: '' } });
  });

  it('switches to 回收站 for a row in the recycle bin, and reports a row that does not exist', () => {
    expect(planRowLink(overdueView, [], testRow('t', { trashed: true }))).toMatchObject({ kind: 'switch', state: { base: 'trash' } });
    expect(planRowLink(overdueView, ['a'], undefined)).toEqual({ kind: 'missing' });
  });
});
