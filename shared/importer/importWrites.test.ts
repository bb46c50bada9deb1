import { describe, expect, it } from 'vitest';
import { descKey } from '../db/schemas/followUpSchema.ts';
import type { ImportPlan } from './importTypes.ts';
import { importWrites } from './importWrites.ts';

const at = Date.UTC(2024, 5, 10, 2, 0);
const plan: ImportPlan = {
  target: 'followUps',
  newCustomers: [{ id: 'c-new', name: '苏州恒瑞精密机械有限公司' }],
  counts: { new: 2, changed: 1, unchanged: 1, rejected: 1 },
  rows: [
    { rowNumber: 2, verdict: 'new', id: 'f1', customerId: 'c-new', reasons: [], values: { followedAt: at, summary: '电话沟通', ownerId: 'm-wang', method: 'visit' } },
    { rowNumber: 3, verdict: 'new', id: 'f2', customerId: 'c-old', reasons: [], values: { followedAt: at + 1000, summary: '报价' } },
    { rowNumber: 4, verdict: 'changed', id: 'f9', reasons: [], values: {}, changes: [{ field: 'status', from: 'callback', to: 'quoted' }, { field: 'amount', from: undefined, to: 5000 }] },
    { rowNumber: 5, verdict: 'unchanged', id: 'f8', reasons: [], values: {} },
    { rowNumber: 6, verdict: 'rejected', id: '', reasons: ['缺少客户'], values: {} },
  ],
};

describe('importWrites', () => {
  const writes = importWrites(plan, { batchId: 'b1', importerId: 'm-admin', now: Date.UTC(2026, 10, 23) });

  it('keeps each follow-up’s own time and owner as its creation, and tags it with the batch', () => {
    const [first, second] = writes.followups;
    expect(first).toMatchObject({ createdAt: at, createdBy: 'm-wang', fields: { id: 'f1', customerId: 'c-new', followedAt: at, followedDesc: descKey(at), method: 'visit', ownerId: 'm-wang', importBatchId: 'b1' } });
    // No owner in the file: the person importing owns it.
    expect(second).toMatchObject({ createdBy: 'm-admin', fields: { ownerId: 'm-admin', customerId: 'c-old', status: 'callback' } });
    expect(writes.followups).toHaveLength(2);
  });

  it('creates the customers the follow-ups need, owned by the first follow-up’s owner', () => {
    expect(writes.customers).toHaveLength(1);
    expect(writes.customers[0]).toMatchObject({ createdBy: 'm-wang', fields: { id: 'c-new', name: '苏州恒瑞精密机械有限公司', nameKey: '苏州恒瑞精密机械', ownerId: 'm-wang', importBatchId: 'b1' } });
  });

  it('patches only the changed fields and remembers their previous values for undo', () => {
    expect(writes.patches).toEqual({ collection: 'followups', patches: [{ id: 'f9', patch: { status: 'quoted', amount: 5000 } }] });
    expect(writes.undo).toEqual([{ collection: 'followups', id: 'f9', before: { status: 'callback', amount: null } }]);
  });
});
