import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles.ts';
import { needsReadReceipt, supervisorReceipt } from './readReceipts.ts';
import { reportIdParts } from './reportIdParts.ts';

const roles: Record<string, Role> = { boss: 'admin', mgr: 'manager', mgr2: 'manager', rep: 'rep', rep2: 'rep' };
const roleOf = (id: string) => roles[id];
const report = (readBy: { memberId: string; at: number }[] = [], status: 'draft' | 'submitted' = 'submitted') => ({ memberId: 'rep', status, readBy });

describe('read receipts', () => {
  it('are left by a manager or admin opening someone else’s submitted report, once', () => {
    expect(needsReadReceipt(report(), { id: 'mgr', role: 'manager' })).toBe(true);
    expect(needsReadReceipt(report(), { id: 'boss', role: 'admin' })).toBe(true);
    expect(needsReadReceipt(report([{ memberId: 'mgr', at: 5 }]), { id: 'mgr', role: 'manager' })).toBe(false);
    expect(needsReadReceipt(report(), { id: 'rep2', role: 'rep' })).toBe(false);
    expect(needsReadReceipt(report([], 'draft'), { id: 'mgr', role: 'manager' })).toBe(false);
    expect(needsReadReceipt({ ...report(), memberId: 'mgr' }, { id: 'mgr', role: 'manager' })).toBe(false);
  });

  it('show the rep the first supervisor’s read, ignoring other reps', () => {
    expect(supervisorReceipt(report(), roleOf)).toBeNull();
    expect(supervisorReceipt(report([{ memberId: 'rep2', at: 1 }, { memberId: 'mgr2', at: 9 }, { memberId: 'mgr', at: 7 }]), roleOf)).toEqual({ memberId: 'mgr', at: 7 });
  });
});

describe('reportIdParts', () => {
  it('reads the rep and day back from a report id', () => {
    expect(reportIdParts('rep01_2026-12-03')).toEqual({ memberId: 'rep01', date: '2026-12-03' });
    expect(reportIdParts('m_x_2026-12-03')).toEqual({ memberId: 'm_x', date: '2026-12-03' });
    expect(reportIdParts('f123')).toBeNull();
    expect(reportIdParts('_2026-12-03')).toBeNull();
  });
});
