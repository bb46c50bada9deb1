import { describe, expect, it } from 'vitest';
import { canWrite, changedFields } from './canWrite.ts';

const rep = { memberId: 'r1', role: 'rep' as const };
const meta = { createdAt: 1, createdBy: 'r1', updatedAt: 1, updatedBy: 'r1', clock: {}, conflicts: [] };

describe('canWrite', () => {
  it('lets admins write anything and managers all but settings and members', () => {
    expect(canWrite('teamsettings', { memberId: 'a', role: 'admin' }, undefined, {})).toBe(true);
    expect(canWrite('followups', { memberId: 'm', role: 'manager' }, { ownerId: 'r2' }, { ownerId: 'r2' })).toBe(true);
    expect(canWrite('teamsettings', { memberId: 'm', role: 'manager' }, undefined, {})).toBe(false);
    expect(canWrite('members', { memberId: 'm', role: 'manager' }, undefined, {})).toBe(false);
  });

  it('lets a rep write their own rows but not take over or give away others’', () => {
    expect(canWrite('followups', rep, undefined, { ownerId: 'r1' })).toBe(true);
    expect(canWrite('followups', rep, { ownerId: 'r1' }, { ownerId: 'r1', summary: '新' })).toBe(true);
    expect(canWrite('followups', rep, undefined, { ownerId: 'r2' })).toBe(false);
    expect(canWrite('followups', rep, { ownerId: 'r2' }, { ownerId: 'r1' })).toBe(false);
    expect(canWrite('customers', rep, { ownerId: 'r1' }, { ownerId: 'r2' })).toBe(false);
    expect(canWrite('dailyreports', rep, undefined, { memberId: 'r2' })).toBe(false);
  });

  it('lets a rep mark others’ comments read and their own notifications read, nothing more', () => {
    const comment = { authorId: 'm', body: '好', readBy: [], ...meta };
    expect(canWrite('comments', rep, comment, { ...comment, readBy: [{ memberId: 'r1', at: 5 }], updatedAt: 5 })).toBe(true);
    expect(canWrite('comments', rep, comment, { ...comment, body: '改了' })).toBe(false);
    const note = { recipientId: 'r1', senderId: 'm', readAt: 0, title: '催交', ...meta };
    expect(canWrite('notifications', rep, note, { ...note, readAt: 9 })).toBe(true);
    expect(canWrite('notifications', rep, note, { ...note, title: '改' })).toBe(false);
  });

  it('lets a rep notify a colleague (a reply, a mention) only as the sender, and comment only as the author', () => {
    const notice = { id: 'n_c1_m', recipientId: 'm', kind: 'comment', title: '李娜 回复了你的批注', readAt: 0, ...meta };
    expect(canWrite('notifications', rep, undefined, { ...notice, senderId: 'r1' })).toBe(true);
    expect(canWrite('notifications', rep, undefined, { ...notice, senderId: 'm' })).toBe(false);
    expect(canWrite('notifications', rep, undefined, { ...notice, recipientId: 'r1', senderId: 'm' })).toBe(false);
    // Once sent, it is the recipient's: the sender cannot rewrite or mark it.
    expect(canWrite('notifications', rep, { ...notice, senderId: 'r1' }, { ...notice, senderId: 'r1', readAt: 5 })).toBe(false);
    expect(canWrite('comments', rep, undefined, { authorId: 'r1', body: '好的', readBy: [], ...meta })).toBe(true);
    expect(canWrite('comments', rep, undefined, { authorId: 'm', body: '冒名', readBy: [], ...meta })).toBe(false);
  });

  it('lets a rep edit only their own phone and email', () => {
    const me = { id: 'r1', name: '李娜', role: 'rep', phone: '', ...meta };
    expect(canWrite('members', rep, me, { ...me, phone: '13800000000' })).toBe(true);
    expect(canWrite('members', rep, me, { ...me, role: 'admin' })).toBe(false);
    expect(canWrite('teamsettings', rep, undefined, {})).toBe(false);
  });

  it('ignores write metadata when listing changed fields', () => {
    expect(changedFields({ a: 1, updatedAt: 1, clock: { a: 'x' } }, { a: 2, updatedAt: 2, clock: { a: 'y' } })).toEqual(['a']);
  });
});
