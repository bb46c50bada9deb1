import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { effectiveGrade, regradeCustomer } from './regradeCustomer.ts';

const SH = 480;
const contact = (id: string, roles: ('tech' | 'purchase' | 'finance')[]) => ({ id, name: id, title: '', phone: '', wechat: '', email: '', roles, note: '' });
const base = {
  needClarity: 'budget' as const,
  contacts: [contact('k1', ['tech']), contact('k2', ['purchase']), contact('k3', ['finance'])],
  competitors: [],
  grade: 'B' as const,
  healthScore: 60,
};
/** 6 follow-ups this quarter reaching all three roles: 15 + 25 + 25 + 20 = 85, A. */
const followUps = ['k1', 'k2', 'k3', 'k1', 'k2', 'k3'].map((contactId, i) => ({ followedAt: startOfCalendarDate('2026-11-01', SH) + i * 86_400_000, contactId, trashed: false }));

describe('regradeCustomer', () => {
  it('recomputes the score and grade, records the week, and says when the customer rose to A (hand-worked)', () => {
    const r = regradeCustomer(base, followUps, '2026-12-03', '2026-11-30', SH);
    expect(r.patch).toEqual({ healthScore: 85, grade: 'A', gradeHistory: [{ date: '2026-11-30', score: 85, grade: 'A' }] });
    expect(r.contributions).toEqual({ frequency: 15, needClarity: 25, decisionChain: 25, competitor: 20 });
    expect(r.roseToA).toBe(true);
  });

  it('writes nothing for a customer already graded and recorded this week', () => {
    const stored = { ...base, grade: 'A' as const, healthScore: 85, gradeHistory: [{ date: '2026-11-30', score: 85, grade: 'A' as const }] };
    expect(regradeCustomer(stored, followUps, '2026-12-03', '2026-11-30', SH)).toMatchObject({ patch: {}, roseToA: false });
    // Weeks later with the same score and grade: the old snapshot still stands, nothing is written.
    const recordedEarlier = { ...stored, gradeHistory: [{ date: '2026-10-05', score: 85, grade: 'A' as const }] };
    expect(regradeCustomer(recordedEarlier, followUps, '2026-12-03', '2026-11-30', SH).patch).toEqual({});
  });

  it('lets a manager\u2019s override decide what people see: no news when it was already A, none while it holds B', () => {
    const overriddenA = { ...base, gradeOverride: { grade: 'A' as const, reason: '战略客户', by: 'm1', at: 1 } };
    expect(regradeCustomer(overriddenA, followUps, '2026-12-03', '2026-11-30', SH).roseToA).toBe(false);
    const overriddenB = { ...base, gradeOverride: { grade: 'B' as const, reason: '预算未批', by: 'm1', at: 1 } };
    const r = regradeCustomer(overriddenB, followUps, '2026-12-03', '2026-11-30', SH);
    expect(r.patch.grade).toBe('A');
    expect(r.roseToA).toBe(false);
    expect(effectiveGrade({ grade: 'A', gradeOverride: overriddenB.gradeOverride })).toBe('B');
  });
});
