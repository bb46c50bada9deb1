import { describe, expect, it } from 'vitest';
import { ruleApplies, visibleTo, type VisibilityScope } from './visibility.ts';

/** 李娜 owns c1 and follows c2 (she is 责任人 of f2 there); c3 is 王强's alone. */
const lina: VisibilityScope = { memberId: 'lina', customers: new Set(['c1', 'c2']), followUps: new Set(['f1', 'f2', 'f2b']) };

describe('销售只看自己的客户', () => {
  it('applies to reps only, and only while the team setting is on', () => {
    expect(ruleApplies('rep', true)).toBe(true);
    expect(ruleApplies('rep', false)).toBe(false);
    expect(ruleApplies('manager', true)).toBe(false);
    expect(ruleApplies('admin', true)).toBe(false);
    expect(visibleTo('customers', { id: 'c3', ownerId: 'wang' }, null)).toBe(true);
  });

  it('customers and follow-ups: owned or followed, and every follow-up of a visible customer', () => {
    expect(visibleTo('customers', { id: 'c2', ownerId: 'wang' }, lina)).toBe(true);
    expect(visibleTo('customers', { id: 'c3', ownerId: 'wang' }, lina)).toBe(false);
    // A customer just given to her is visible before her scope is recomputed.
    expect(visibleTo('customers', { id: 'c9', ownerId: 'lina' }, lina)).toBe(true);
    expect(visibleTo('followups', { id: 'f2b', ownerId: 'wang', customerId: 'c2' }, lina)).toBe(true);
    expect(visibleTo('followups', { id: 'f3', ownerId: 'wang', customerId: 'c3' }, lina)).toBe(false);
    expect(visibleTo('followups', { id: 'f4', ownerId: 'lina', customerId: 'c3' }, lina)).toBe(true);
  });

  it('comments and files follow their target; her own always', () => {
    expect(visibleTo('comments', { authorId: 'zhang', targetType: 'customer', targetId: 'c1' }, lina)).toBe(true);
    expect(visibleTo('comments', { authorId: 'zhang', targetType: 'followUp', targetId: 'f2b' }, lina)).toBe(true);
    expect(visibleTo('comments', { authorId: 'zhang', targetType: 'followUp', targetId: 'f3' }, lina)).toBe(false);
    expect(visibleTo('comments', { authorId: 'zhang', targetType: 'dailyReport', targetId: 'lina_2026-11-20' }, lina)).toBe(true);
    expect(visibleTo('comments', { authorId: 'zhang', targetType: 'dailyReport', targetId: 'wang_2026-11-20' }, lina)).toBe(false);
    expect(visibleTo('comments', { authorId: 'lina', targetType: 'customer', targetId: 'c3' }, lina)).toBe(true);
    expect(visibleTo('attachments', { createdBy: 'zhang', ownerType: 'evidence', ownerId: 'c2' }, lina)).toBe(true);
    expect(visibleTo('attachments', { createdBy: 'zhang', ownerType: 'customer', ownerId: 'c3' }, lina)).toBe(false);
  });

  it('reports, messages, views and imports: her own (and shared views); members and settings: all', () => {
    expect(visibleTo('dailyreports', { memberId: 'lina' }, lina)).toBe(true);
    expect(visibleTo('dailyreports', { memberId: 'wang' }, lina)).toBe(false);
    expect(visibleTo('notifications', { recipientId: 'wang', senderId: 'zhang' }, lina)).toBe(false);
    expect(visibleTo('notifications', { recipientId: 'wang', senderId: 'lina' }, lina)).toBe(true);
    expect(visibleTo('savedviews', { ownerId: 'wang', shared: true }, lina)).toBe(true);
    expect(visibleTo('savedviews', { ownerId: 'wang', shared: false }, lina)).toBe(false);
    expect(visibleTo('importbatches', { createdBy: 'zhang' }, lina)).toBe(false);
    expect(visibleTo('members', { id: 'wang' }, lina)).toBe(true);
    expect(visibleTo('teamsettings', { id: 'team' }, lina)).toBe(true);
  });
});
