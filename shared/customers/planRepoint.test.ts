import { describe, expect, it } from 'vitest';
import { contactOf, customerOf, followUpOf } from './customerTestData.fixture.ts';
import { planRepoint } from './planRepoint.ts';

const kept = customerOf('c1', '恒瑞', { contacts: [contactOf('k1', '王工', { phone: '13800138000' })] });
const merged = customerOf('c2', '恒瑞精密', { trashed: true, mergedInto: 'c1', contacts: [contactOf('k9', '王经理', { phone: '138-0013-8000' }), contactOf('k8', '李工')] });
const twice = customerOf('c3', '恒瑞苏州', { trashed: true, mergedInto: 'c2' });
const all = () => true;

describe('planRepoint', () => {
  it('moves rows still naming a merged customer to the one the merge kept, following merge chains', () => {
    const plan = planRepoint([kept, merged, twice], [followUpOf('f1', 'c2'), followUpOf('f2', 'c3'), followUpOf('f3', 'c1')], [{ id: 'm1', targetType: 'customer', targetId: 'c3' }, { id: 'm2', targetType: 'followUp', targetId: 'c2' }], all);
    expect(plan).toEqual({
      followups: [{ id: 'f1', patch: { customerId: 'c1' } }, { id: 'f2', patch: { customerId: 'c1' } }],
      comments: [{ id: 'm1', patch: { targetId: 'c1' } }],
    });
  });

  it('maps the contact onto the same person at the kept customer (by phone here), and keeps one it cannot place', () => {
    const plan = planRepoint([kept, merged], [followUpOf('f1', 'c2', { contactId: 'k9' }), followUpOf('f2', 'c2', { contactId: 'k8' })], [], all);
    expect(plan.followups).toEqual([{ id: 'f1', patch: { customerId: 'c1', contactId: 'k1' } }, { id: 'f2', patch: { customerId: 'c1' } }]);
  });

  it('leaves rows this member may not change to a desktop that may, and a merge cycle alone', () => {
    const mine = (_: string, id: string) => id === 'f1';
    expect(planRepoint([kept, merged], [followUpOf('f1', 'c2'), followUpOf('f2', 'c2')], [], mine).followups.map((p) => p.id)).toEqual(['f1']);
    const a = customerOf('a', 'A', { mergedInto: 'b' });
    const b = customerOf('b', 'B', { mergedInto: 'a' });
    expect(planRepoint([a, b], [followUpOf('f1', 'a')], [], all).followups).toEqual([]);
  });
});
