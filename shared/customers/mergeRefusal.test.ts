import { describe, expect, it } from 'vitest';
import { customerOf, followUpOf } from './customerTestData.fixture.ts';
import { mergeRefusal } from './mergeRefusal.ts';
import { planMerge } from './planMerge.ts';

const keep = customerOf('c1', '甲', { ownerId: 'rep1' });
const drop = customerOf('c2', '乙', { ownerId: 'rep1' });
const comment = (authorId: string) => ({ id: 'm1', targetType: 'customer' as const, targetId: 'c2', authorId, body: '', mentions: [], parentId: '', readBy: [], createdAt: 1, createdBy: authorId, updatedAt: 1, updatedBy: authorId, trashed: false, clock: {}, conflicts: [] });
const masters = (followUps: ReturnType<typeof followUpOf>[], comments: ReturnType<typeof comment>[]) => ({
  customers: new Map([[keep.id, keep], [drop.id, drop]]),
  followups: new Map(followUps.map((f) => [f.id, f])),
  comments: new Map(comments.map((c) => [c.id, c])),
});

describe('mergeRefusal', () => {
  it('lets a rep merge two customers of their own whose rows are theirs', () => {
    const f = [followUpOf('f1', 'c2', { ownerId: 'rep1' })];
    expect(mergeRefusal(planMerge(keep, drop, f, [], 1), masters(f, []), { memberId: 'rep1', role: 'rep' })).toBeNull();
  });
  it('refuses a rep a colleague\u2019s customer, a colleague\u2019s follow-up or a manager\u2019s comment; a manager may', () => {
    const other = customerOf('c3', '丙', { ownerId: 'rep2' });
    const own = masters([], []);
    expect(mergeRefusal(planMerge(keep, other, [], [], 1), { ...own, customers: new Map([[keep.id, keep], [other.id, other]]) }, { memberId: 'rep1', role: 'rep' })).toBe('customer');
    const f = [followUpOf('f1', 'c2', { ownerId: 'rep2' })];
    expect(mergeRefusal(planMerge(keep, drop, f, [], 1), masters(f, []), { memberId: 'rep1', role: 'rep' })).toBe('followUp');
    const m = [comment('mgr')];
    expect(mergeRefusal(planMerge(keep, drop, [], m, 1), masters([], m), { memberId: 'rep1', role: 'rep' })).toBe('comment');
    expect(mergeRefusal(planMerge(keep, drop, f, m, 1), masters(f, m), { memberId: 'mgr', role: 'manager' })).toBeNull();
  });
});
