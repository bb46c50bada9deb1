import { describe, expect, it } from 'vitest';
import { contactOf, customerOf, followUpOf } from './customerTestData.fixture.ts';
import { planMerge } from './planMerge.ts';

describe('planMerge', () => {
  const keep = customerOf('c1', '苏州恒瑞精密机械有限公司', { contacts: [contactOf('k1', '王工')], region: '', lastFollowedAt: 100 });
  const drop = customerOf('c2', '恒瑞精密（苏州）', { contacts: [contactOf('k9', '王 工'), contactOf('k8', '李经理')], region: '苏州', lastFollowedAt: 50 });
  const followUps = [followUpOf('f1', 'c2', { contactId: 'k9' }), followUpOf('f2', 'c2', { contactId: 'k8', trashed: true }), followUpOf('f3', 'c1')];
  const comments = [{ id: 'm1', targetType: 'customer' as const, targetId: 'c2' }, { id: 'm2', targetType: 'followUp' as const, targetId: 'c2' }];
  const set = planMerge(keep, drop, followUps, comments, 5_000);

  it('patches the kept customer with what it lacked, and can put back exactly what it had', () => {
    const [keepChange, dropChange] = set.customers;
    expect(keepChange?.after).toMatchObject({ region: '苏州', contacts: [contactOf('k1', '王工'), contactOf('k8', '李经理')] });
    expect(keepChange?.before).toMatchObject({ region: '', contacts: [contactOf('k1', '王工')] });
    expect(Object.keys(keepChange?.before ?? {}).sort()).toEqual(Object.keys(keepChange?.after ?? {}).sort());
    expect(dropChange).toEqual({ id: 'c2', before: { trashed: false, trashedAt: undefined, mergedInto: undefined }, after: { trashed: true, trashedAt: 5_000, mergedInto: 'c1' } });
  });

  it('moves every follow-up of the duplicate (the recycle bin\u2019s too), its contact mapped when it was the same person', () => {
    expect(set.followups).toEqual([
      { id: 'f1', before: { customerId: 'c2', contactId: 'k9' }, after: { customerId: 'c1', contactId: 'k1' } },
      { id: 'f2', before: { customerId: 'c2' }, after: { customerId: 'c1' } },
    ]);
  });

  it('moves the comments on the duplicate, not comments on anything else', () => {
    expect(set.comments).toEqual([{ id: 'm1', before: { targetId: 'c2' }, after: { targetId: 'c1' } }]);
  });
});
