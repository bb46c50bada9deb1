import { describe, expect, it } from 'vitest';
import { historyDiff } from './historyDiff.ts';
import type { HistoryRevision } from './teamApiSchemas.ts';

const base = {
  id: 'f1', _deleted: false, customerId: 'c1', status: 'callback', summary: '电话沟通', followedAt: 1000, followedDesc: 9e15 - 1000,
  custom: { budget: '10万' }, createdAt: 1, createdBy: 'm1', updatedAt: 1, updatedBy: 'm1', trashed: false, clock: { '*': 'a' }, conflicts: [],
};

const rev = (seq: number, memberId: string, doc: Record<string, unknown>): HistoryRevision => ({ seq, at: seq * 1000, memberId, deviceId: `${memberId}-pc`, doc });

describe('historyDiff', () => {
  it('turns revisions into who changed which field from what to what, oldest first', () => {
    const entries = historyDiff(
      [
        rev(1, 'm1', base),
        rev(2, 'm2', { ...base, status: 'quoted', updatedBy: 'm2', updatedAt: 2, clock: { '*': 'a', status: 'b' } }),
        rev(3, 'm1', { ...base, status: 'quoted', summary: '报价 12 万', amount: 120000, updatedAt: 3, clock: { '*': 'c' } }),
      ],
      { complete: true, ignore: ['followedDesc'] },
    );
    expect(entries).toEqual([
      { seq: 1, at: 1000, memberId: 'm1', deviceId: 'm1-pc', kind: 'created', changes: [] },
      { seq: 2, at: 2000, memberId: 'm2', deviceId: 'm2-pc', kind: 'changed', changes: [{ field: 'status', from: 'callback', to: 'quoted' }] },
      {
        seq: 3, at: 3000, memberId: 'm1', deviceId: 'm1-pc', kind: 'changed',
        changes: [{ field: 'summary', from: '电话沟通', to: '报价 12 万' }, { field: 'amount', from: undefined, to: 120000 }],
      },
    ]);
  });

  it('names custom fields by their own key and skips derived fields given to ignore', () => {
    const [, entry] = historyDiff(
      [rev(1, 'm1', base), rev(2, 'm1', { ...base, followedAt: 5000, followedDesc: 9e15 - 5000, custom: { region: '华东' } })],
      { complete: true, ignore: ['followedDesc'] },
    );
    expect(entry?.changes).toEqual([
      { field: 'followedAt', from: 1000, to: 5000 },
      { field: 'custom.budget', from: '10万', to: undefined },
      { field: 'custom.region', from: undefined, to: '华东' },
    ]);
  });

  it('leaves out writes that changed only sync metadata (clocks, conflicts, who/when)', () => {
    const settled = { ...base, updatedAt: 9, updatedBy: 'm2', clock: { '*': 'z' }, conflicts: [{ field: 'status', clock: 'x', winnerClock: 'y', by: 'm2', at: 9 }] };
    expect(historyDiff([rev(1, 'm1', base), rev(2, 'm2', settled)], { complete: true })).toHaveLength(1);
  });

  it('marks moves into and out of the recycle bin and purges', () => {
    const kinds = historyDiff(
      [
        rev(1, 'm1', base),
        rev(2, 'm1', { ...base, trashed: true, trashedAt: 2 }),
        rev(3, 'm2', { ...base, trashed: false }),
        rev(4, 'm1', { ...base, _deleted: true }),
      ],
      { complete: true },
    ).map((e) => [e.kind, e.changes.length]);
    expect(kinds).toEqual([['created', 0], ['trashed', 0], ['restored', 0], ['deleted', 0]]);
  });

  it('uses the first revision only as a baseline when older ones were left out', () => {
    const entries = historyDiff([rev(7, 'm1', base), rev(8, 'm2', { ...base, remark: '客户出差' })], { complete: false });
    expect(entries).toEqual([{ seq: 8, at: 8000, memberId: 'm2', deviceId: 'm2-pc', kind: 'changed', changes: [{ field: 'remark', from: undefined, to: '客户出差' }] }]);
  });

  it('compares arrays and nested values as JSON, whatever the key order', () => {
    const a = { ...base, tags: [{ a: 1, b: 2 }] };
    const b = { ...base, tags: [{ b: 2, a: 1 }] };
    expect(historyDiff([rev(1, 'm1', a), rev(2, 'm1', b)], { complete: true })).toHaveLength(1);
  });
});
