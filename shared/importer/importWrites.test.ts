import { describe, expect, it } from 'vitest';
import { descKey } from '../db/schemas/followUpSchema.ts';
import type { ExistingData, ImportPlan } from './importTypes.ts';
import { importWrites } from './importWrites.ts';

const at = Date.UTC(2024, 5, 10, 2, 0);
const followUp = (id: string, extra: Record<string, unknown> = {}) => ({ id, customerId: 'c-new', contactId: '', followedAt: at, followedDesc: descKey(at), method: 'visit', summary: '电话沟通', status: 'callback', stage: 'contact', nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'm-wang', remark: '', custom: {}, importBatchId: '', ...extra });
const existing: ExistingData = {
  customers: [{ id: 'c-old', name: '无锡华光', nameKey: '无锡华光', phoneKeys: [], contacts: [{ id: 'k1', name: '李工', title: '', phone: '', wechat: '', email: '', roles: [], note: '' }] }],
  followUps: [{ ...followUp('f9'), customerId: 'c-old', custom: { level: 'B', size: '大' } }] as never,
};
const plan: ImportPlan = {
  target: 'followUps',
  newCustomers: [{ id: 'c-new', name: '苏州恒瑞精密机械有限公司', ownerId: 'm-wang', stage: 'contact', lastFollowedAt: at }],
  newContacts: [{ customerId: 'c-new', id: 'k2', name: '陈经理' }, { customerId: 'c-old', id: 'k3', name: '王总' }],
  counts: { new: 1, changed: 1, unchanged: 1, rejected: 1 },
  rows: [
    { rowNumber: 2, verdict: 'new', id: 'f1', customerId: 'c-new', reasons: [], values: followUp('f1'), createdBy: 'm-wang' },
    { rowNumber: 4, verdict: 'changed', id: 'f9', reasons: [], values: {}, changes: [{ field: 'status', from: 'callback', to: 'quoted' }, { field: 'amount', from: undefined, to: 5000 }, { field: 'custom.level', from: 'B', to: 'A' }] },
    { rowNumber: 5, verdict: 'unchanged', id: 'f8', reasons: [], values: {} },
    { rowNumber: 6, verdict: 'rejected', id: '', reasons: ['缺少客户'], values: {} },
  ],
};

describe('importWrites', () => {
  const writes = importWrites(plan, existing, { batchId: 'b1', importerId: 'm-admin', now: Date.UTC(2026, 10, 23) });

  it('keeps each follow-up’s own time and owner as its creation, and tags it with the batch', () => {
    expect(writes.followups).toHaveLength(1);
    expect(writes.followups[0]).toMatchObject({ createdAt: at, createdBy: 'm-wang', fields: { id: 'f1', customerId: 'c-new', followedDesc: descKey(at), importBatchId: 'b1' } });
  });

  it('creates the customers the follow-ups need, with the contacts they name', () => {
    expect(writes.customers).toHaveLength(1);
    expect(writes.customers[0]).toMatchObject({ createdBy: 'm-wang', fields: { id: 'c-new', nameKey: '苏州恒瑞精密机械', ownerId: 'm-wang', stage: 'contact', lastFollowedAt: at, importBatchId: 'b1' } });
    expect(writes.customers[0]?.fields.contacts.map((c) => c.name)).toEqual(['陈经理']);
  });

  it('patches changed fields (custom fields merged into the record’s custom object) and remembers what undo restores', () => {
    expect(writes.patches).toContainEqual({ collection: 'followups', id: 'f9', patch: { status: 'quoted', amount: 5000, custom: { level: 'A', size: '大' } } });
    expect(writes.undo).toContainEqual({ collection: 'followups', id: 'f9', before: { status: 'callback', amount: null, custom: { level: 'B', size: '大' } } });
  });

  it('adds named contacts to an existing customer, keeping its own', () => {
    const patch = writes.patches.find((p) => p.id === 'c-old');
    expect((patch?.patch['contacts'] as { name: string }[]).map((c) => c.name)).toEqual(['李工', '王总']);
    expect(writes.undo).toContainEqual({ collection: 'customers', id: 'c-old', before: { contacts: existing.customers[0]?.contacts } });
  });
});
