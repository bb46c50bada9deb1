import { describe, expect, it } from 'vitest';
import { commentNotifications } from './commentNotifications.ts';
import { unreadComments, isUnreadFor } from './unreadComments.ts';

const text = { comment: { title: '新批注', body: 'b1' }, reply: { title: '回复了你', body: 'b3' }, mention: { title: '有人@你', body: 'b2' } };
const comment = (authorId: string, mentions: string[] = []) => ({ id: 'cm1', authorId, mentions, targetType: 'dailyReport' as const, targetId: 'rep_2026-12-03' });
const who = (list: ReturnType<typeof commentNotifications>) => list.map((n) => `${n.kind}:${n.recipientId}`);

describe('commentNotifications', () => {
  it('tells the report’s rep of a comment and each mentioned member of the mention', () => {
    const list = commentNotifications({ comment: comment('mgr', ['li']), ownerId: 'rep', text });
    expect(who(list)).toEqual(['mention:li', 'comment:rep']);
    expect(list[1]).toEqual({
      id: 'n_cm1_rep', recipientId: 'rep', senderId: 'mgr', kind: 'comment', title: '新批注', body: 'b1', targetType: 'dailyReport', targetId: 'rep_2026-12-03', readAt: 0,
    });
  });

  it('sends a mentioned rep one mention, never notifies the author, and tells the author of the comment replied to', () => {
    expect(who(commentNotifications({ comment: comment('mgr', ['rep', 'mgr']), ownerId: 'rep', text }))).toEqual(['mention:rep']);
    // The rep replies to the manager's comment on the rep's own report.
    const reply = commentNotifications({ comment: comment('rep'), ownerId: 'rep', parentAuthorId: 'mgr', text });
    expect(who(reply)).toEqual(['comment:mgr']);
    expect(reply[0]?.title).toBe('回复了你');
  });
});

describe('unread comments', () => {
  const base = { targetType: 'dailyReport' as const, parentId: '', readBy: [] as { memberId: string; at: number }[], trashed: false, mentions: [] as string[] };
  const onRep = { ...base, id: 'a', targetId: 'rep_2026-12-03', authorId: 'mgr' };
  it('are others’ comments on my report, naming me, or replying to mine, until I read them', () => {
    expect(isUnreadFor(onRep, 'rep')).toBe(true);
    expect(isUnreadFor({ ...onRep, readBy: [{ memberId: 'rep', at: 1 }] }, 'rep')).toBe(false);
    expect(isUnreadFor(onRep, 'li')).toBe(false);
    expect(isUnreadFor({ ...onRep, mentions: ['li'] }, 'li')).toBe(true);
    expect(isUnreadFor({ ...onRep, authorId: 'rep' }, 'rep')).toBe(false);
    expect(isUnreadFor({ ...onRep, trashed: true }, 'rep')).toBe(false);
    // A report of member "rep2" is not rep's, though its id starts with "rep".
    expect(isUnreadFor({ ...onRep, targetId: 'rep2_2026-12-03' }, 'rep')).toBe(false);
  });

  it('include replies to my own comments in the same list', () => {
    const mine = { ...onRep, id: 'm1', authorId: 'mgr' };
    const reply = { ...onRep, id: 'r1', authorId: 'rep', parentId: 'm1' };
    expect(unreadComments([mine, reply], 'mgr').map((c) => c.id)).toEqual(['r1']);
    expect(unreadComments([mine, reply], 'rep').map((c) => c.id)).toEqual(['m1']);
  });
});
