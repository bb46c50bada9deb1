import { describe, expect, it } from 'vitest';
import { gradeRecipients } from './gradeRecipients.ts';

const m = (id: string, role: 'admin' | 'manager' | 'rep', managerId = '', active = true) => ({ id, role, managerId, active, trashed: false });

describe('gradeRecipients', () => {
  it('is the owner\u2019s own manager', () => {
    expect(gradeRecipients('rep1', [m('adm', 'admin'), m('mgr1', 'manager'), m('mgr2', 'manager'), m('rep1', 'rep', 'mgr2')])).toEqual(['mgr2']);
  });
  it('falls back to every manager, then the admins, never the owner', () => {
    expect(gradeRecipients('rep1', [m('adm', 'admin'), m('mgr1', 'manager'), m('mgr2', 'manager'), m('rep1', 'rep', 'gone')])).toEqual(['mgr1', 'mgr2']);
    expect(gradeRecipients('mgr1', [m('adm', 'admin'), m('mgr1', 'manager')])).toEqual(['adm']);
    expect(gradeRecipients('rep1', [m('adm', 'admin'), m('mgr1', 'manager', '', false), m('rep1', 'rep', 'mgr1')])).toEqual(['adm']);
  });
});
